package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.audit.AuditLog;
import dev.peerdesk.signaling.broker.CloseCodes;
import dev.peerdesk.signaling.tunnel.TunnelConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTPS tunnel through a real server with real WebSocket clients on both sides. */
class TunnelRelayTest {
    @TempDir
    Path data;

    /** A brokered session whose viewer asked for the tunnel: both sides hold their token. */
    record Granted(TestHost host, Peer viewer, String sid, String hostToken, String viewerToken) {}

    static Granted granted(TestServer s, Clients clients) throws Exception {
        TestHost host = TestHost.fresh();
        host.online(clients);
        Peer viewer = clients.connect("viewer", "127.0.0.9");
        String sid = host.brokered(viewer);
        viewer.send(new JsonObject().put("type", "tunnel").put("session", sid));
        JsonObject h = host.peer.expect("tunnel", "host:" + host.id);
        JsonObject v = viewer.expect("tunnel", "viewer:" + sid);
        assertEquals(sid, h.string("session"));
        assertEquals("/ws/tunnel", v.string("path"));
        assertEquals("host", h.string("role"));
        assertEquals("viewer", v.string("role"));
        assertTrue(!h.string("token").equals(v.string("token")), "one token per side");
        return new Granted(host, viewer, sid, h.string("token"), v.string("token"));
    }

    /** Both tunnel sockets admitted and told they are paired: {viewer, host}. */
    static TunnelPeer[] paired(TestServer s, Clients clients, Granted g) throws Exception {
        TunnelPeer v = TunnelPeer.connect(s, clients);
        v.hello(g.sid(), "viewer", g.viewerToken());
        TunnelPeer h = TunnelPeer.connect(s, clients);
        h.hello(g.sid(), "host", g.hostToken());
        assertEquals(g.sid(), v.expect("tunnel-ready", "viewer:" + g.sid()).string("session"));
        assertEquals(g.sid(), h.expect("tunnel-ready", "host:" + g.host().id).string("session"));
        return new TunnelPeer[] {v, h};
    }

    private String auditLog() throws Exception {
        return Files.readString(data.resolve(AuditLog.FILE_NAME));
    }

    @Test
    void pairsForwardsBothWaysAndClosesTheOtherSide() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            TunnelPeer[] p = paired(s, clients, g);
            byte[] small = {0, 1, 2, 3};
            p[0].send(small);
            assertArrayEquals(small, p[1].nextFrame());
            byte[] largest = new byte[1 + TunnelConfig.MAX_MESSAGE];
            new Random(7).nextBytes(largest);
            largest[0] = 1;
            p[1].send(largest);
            assertArrayEquals(largest, p[0].nextFrame());
            for (int i = 0; i < 50; i++) {
                p[0].send(new byte[] {2, (byte) i});
            }
            for (int i = 0; i < 50; i++) {
                assertArrayEquals(new byte[] {2, (byte) i}, p[1].nextFrame(), "in order");
            }
            String metrics = s.server.metrics().render();
            assertTrue(metrics.contains("peerdesk_tunnels_paired_total 1"), metrics);
            assertTrue(metrics.contains("peerdesk_tunnels_active 1"), metrics);

            p[1].close();
            assertEquals(CloseCodes.NORMAL, p[1].awaitClose());
            assertEquals(CloseCodes.NORMAL, p[0].awaitClose());
            String log = auditLog();
            assertTrue(log.contains("\"event\":\"tunnel-granted\""), log);
            assertTrue(log.contains("\"event\":\"tunnel-open\""), log);
            assertTrue(log.contains("\"event\":\"tunnel-closed\""), log);
        }
    }

    @Test
    void aWrongTokenIsRefusedTypedClosedAndAudited() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            TunnelPeer t = TunnelPeer.connect(s, clients);
            t.hello(g.sid(), "viewer", g.hostToken()); // the host's token for the viewer's role
            t.expectError("bad-token", "tunnel");
            assertEquals(CloseCodes.POLICY_VIOLATION, t.awaitClose());
            assertTrue(auditLog().contains("\"event\":\"tunnel-refused\""));
            assertEquals(1, s.server.metrics().refusals("tunnel-bad-token"));

            TunnelPeer u = TunnelPeer.connect(s, clients);
            u.hello(ConnectFlowTest.newSession(), "host", g.hostToken()); // another session
            u.expectError("bad-token", "tunnel");
            assertEquals(CloseCodes.POLICY_VIOLATION, u.awaitClose());
        }
    }

    @Test
    void aTokenWorksOnce() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            TunnelPeer first = TunnelPeer.connect(s, clients);
            first.hello(g.sid(), "viewer", g.viewerToken());
            TunnelPeer again = TunnelPeer.connect(s, clients);
            again.hello(g.sid(), "viewer", g.viewerToken());
            again.expectError("token-used", "tunnel");
            assertEquals(CloseCodes.POLICY_VIOLATION, again.awaitClose());
            // The first socket is untouched and still pairs with the host.
            TunnelPeer h = TunnelPeer.connect(s, clients);
            h.hello(g.sid(), "host", g.hostToken());
            first.expect("tunnel-ready", "viewer:" + g.sid());
        }
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            s.clock.advance(30_001);
            TunnelPeer t = TunnelPeer.connect(s, clients);
            t.hello(g.sid(), "host", g.hostToken());
            t.expectError("token-expired", "tunnel");
            assertEquals(CloseCodes.POLICY_VIOLATION, t.awaitClose());
        }
    }

    @Test
    void badInputIsRefusedWithTypedErrors() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            TunnelPeer early = TunnelPeer.connect(s, clients);
            early.send(new byte[] {0, 1});
            early.expectError("not-paired", "tunnel");
            assertEquals(CloseCodes.POLICY_VIOLATION, early.awaitClose());

            TunnelPeer junk = TunnelPeer.connect(s, clients);
            junk.session.sendText("{\"type\":\"offer\"}", org.eclipse.jetty.websocket.api.Callback.NOOP);
            junk.expectError("malformed", "tunnel");
            assertEquals(CloseCodes.POLICY_VIOLATION, junk.awaitClose());

            TunnelPeer[] p = paired(s, clients, g);
            p[0].send(new byte[] {3, 1, 2}); // no such channel
            p[0].expectError("bad-frame", "viewer:" + g.sid());
            assertEquals(CloseCodes.POLICY_VIOLATION, p[0].awaitClose());
            assertEquals(CloseCodes.GOING_AWAY, p[1].awaitClose());
        }
    }

    @Test
    void anOversizeFrameClosesBothSides() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            TunnelPeer[] p = paired(s, clients, g);
            p[0].send(new byte[TunnelConfig.MAX_MESSAGE + 2]);
            assertEquals(CloseCodes.MESSAGE_TOO_BIG, p[0].awaitClose());
            assertEquals(CloseCodes.GOING_AWAY, p[1].awaitClose());
            assertTrue(p[1].frames.isEmpty(), "nothing of it was forwarded");
            assertTrue(auditLog().contains("message-too-big"));
            assertEquals(1, s.server.metrics().refusals("tunnel-message-too-big"));
        }
    }

    @Test
    void aSenderFarOverItsFrameRateIsClosed() throws Exception {
        TunnelConfig slow = TunnelConfig.defaults().withFrameRate(0.01, 2, 0);
        try (TestServer s = TestServer.start(data, new VirtualClock(TestServer.T0), c -> c, slow);
                Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            TunnelPeer[] p = paired(s, clients, g);
            p[0].send(new byte[] {0, 1});
            p[0].send(new byte[] {0, 2});
            p[0].send(new byte[] {0, 3});
            p[0].expectError("rate-limited", "viewer:" + g.sid());
            assertEquals(CloseCodes.POLICY_VIOLATION, p[0].awaitClose());
            assertEquals(CloseCodes.GOING_AWAY, p[1].awaitClose());
            assertEquals(2, p[1].frames.size(), "the burst went through, the excess did not");
        }
    }

    @Test
    void aSideWhosePeerNeverComesIsClosed() throws Exception {
        TunnelConfig quick = TunnelConfig.defaults().withTimeouts(60_000, 0, 10_000, 200);
        try (TestServer s = TestServer.start(data, new VirtualClock(TestServer.T0), c -> c, quick);
                Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            TunnelPeer v = TunnelPeer.connect(s, clients);
            v.hello(g.sid(), "viewer", g.viewerToken());
            v.expectError("peer-timeout", "viewer:" + g.sid());
            assertEquals(CloseCodes.POLICY_VIOLATION, v.awaitClose());
        }
    }

    @Test
    void anIdlePairIsClosed() throws Exception {
        TunnelConfig idle = TunnelConfig.defaults().withTimeouts(300, 0, 10_000, 30_000);
        try (TestServer s = TestServer.start(data, new VirtualClock(TestServer.T0), c -> c, idle);
                Clients clients = new Clients(s)) {
            TunnelPeer[] p = paired(s, clients, granted(s, clients));
            int code = p[0].awaitClose();
            assertTrue(code == CloseCodes.GOING_AWAY || code == 1011 || code == 1006, "closed: " + code);
            p[1].awaitClose();
        }
    }

    @Test
    void tunnelRequestsAreCheckedAndAHealthySessionIsUnaffected() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Granted g = granted(s, clients);
            g.viewer().send(new JsonObject().put("type", "tunnel").put("session", g.sid()));
            g.viewer().expectError("bad-state", "viewer:" + g.sid());
            g.viewer().send(new JsonObject().put("type", "tunnel").put("session", ConnectFlowTest.newSession()));
            g.viewer().expectError("unknown-session", "viewer");
            // Hosts cannot ask for tunnels: only viewers fall back.
            g.host().peer.send(new JsonObject().put("type", "tunnel").put("session", g.sid()));
            g.host().peer.expectError("unknown-type", "host:" + g.host().id);

            // A second, ordinary session brokered beside a tunnel that fails keeps working.
            Peer other = clients.connect("viewer", "127.0.0.10");
            String sid2 = g.host().brokered(other);
            TunnelPeer bad = TunnelPeer.connect(s, clients);
            bad.hello(g.sid(), "host", "AAAA" + g.hostToken().substring(4));
            bad.expectError("bad-token", "tunnel");
            bad.awaitClose();
            other.send(new JsonObject().put("type", "offer").put("session", sid2).put("sdp", "v=0 offer"));
            assertEquals("v=0 offer", g.host().peer.expect("relay", "host:" + g.host().id).object("message")
                    .string("sdp"));
            // And the tunnel of the first session still pairs with the right tokens.
            paired(s, clients, g);
        }
    }
}
