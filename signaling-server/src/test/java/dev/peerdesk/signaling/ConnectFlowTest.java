package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.turn.TurnCredentials;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test viewer and a test host meet through the real server. */
class ConnectFlowTest {
    @TempDir
    Path data;

    static String newSession() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return Base64Url.encode(b);
    }

    static JsonObject connect(String id, String session) {
        return new JsonObject().put("type", "connect").put("id", id).put("session", session);
    }

    @Test
    void fullConnectFlow() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            String hostAud = "host:" + host.id;
            Peer viewer = clients.connect("viewer", "127.0.0.9");
            String sid = newSession();
            String viewerAud = "viewer:" + sid;
            viewer.send(connect(host.id, sid));

            JsonObject request = host.peer.expect("connect-request", hostAud);
            assertEquals(sid, request.string("session"));
            assertEquals("127.0.0.9", request.string("viewerAddress"));
            assertEquals(TestServer.T0 + 30_000, request.longValue("expiresAt"));
            JsonObject offer = viewer.expect("session", viewerAud);
            assertEquals(host.id, offer.string("id"));
            assertEquals(Base64Url.encode(host.key.publicKey()), offer.string("hostKey"));
            assertEquals(request.array("iceServers"), offer.array("iceServers"));

            // coturn REST credentials: username expiry:session, password base64(HMAC-SHA1(secret, username)).
            List<?> ice = request.array("iceServers");
            assertEquals(List.of("stun:relay.example:3478"), ((JsonObject) ice.get(0)).array("urls"));
            JsonObject turn = (JsonObject) ice.get(1);
            String username = turn.string("username");
            assertEquals((TestServer.T0 / 1000 + 3600) + ":" + sid, username);
            assertEquals(new TurnCredentials("s3cret").password(username), turn.string("credential"));
            assertEquals(javax.crypto.Mac.getInstance("HmacSHA1").getMacLength(),
                    java.util.Base64.getDecoder().decode(turn.string("credential")).length);

            viewer.send(new JsonObject().put("type", "offer").put("session", sid).put("sdp", "v=0 offer"));
            JsonObject relayed = host.peer.expect("relay", hostAud);
            assertEquals("viewer", relayed.string("from"));
            assertEquals(new JsonObject().put("type", "offer").put("sdp", "v=0 offer"), relayed.object("message"));

            host.peer.send(new JsonObject().put("type", "answer").put("session", sid).put("sdp", "v=0 answer")
                    .put("extra", "not forwarded"));
            JsonObject answer = viewer.expect("relay", viewerAud);
            assertEquals("host", answer.string("from"));
            assertEquals(new JsonObject().put("type", "answer").put("sdp", "v=0 answer"), answer.object("message"));

            viewer.send(new JsonObject().put("type", "candidate").put("session", sid)
                    .put("candidate", "candidate:1 1 udp 2122260223 198.18.0.2 50000 typ host")
                    .put("sdpMid", "0").put("sdpMLineIndex", 0L));
            JsonObject vc = host.peer.expect("relay", hostAud).object("message");
            assertEquals("0", vc.string("sdpMid"));
            assertEquals(0, vc.longValue("sdpMLineIndex"));
            host.peer.send(new JsonObject().put("type", "candidate").put("session", sid)
                    .put("candidate", "candidate:2 1 udp 1686052607 198.18.0.3 50001 typ srflx").put("sdpMid", "0"));
            assertTrue(viewer.expect("relay", viewerAud).object("message").string("candidate").contains("srflx"));

            viewer.send(new JsonObject().put("type", "bye").put("session", sid));
            assertEquals("bye", host.peer.expect("relay", hostAud).object("message").string("type"));
            host.peer.send(new JsonObject().put("type", "candidate").put("session", sid).put("candidate", "late"));
            host.peer.expectError("unknown-session", hostAud);
            assertEquals(1, s.server.metrics().sessionsBrokered());
        }
    }

    @Test
    void unknownAndOfflineIds() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Peer viewer = clients.connect("viewer");
            String sid = newSession();
            viewer.send(connect("987654321", sid));
            assertEquals(sid, viewer.expectError("unknown-id", "viewer:" + sid).string("session"));

            TestHost host = TestHost.fresh();
            host.online(clients);
            host.peer.close();
            host.peer.awaitClose();
            awaitOffline(s);
            String sid2 = newSession();
            viewer.send(connect(host.id, sid2));
            viewer.expectError("offline", "viewer:" + sid2);

            viewer.send(new JsonObject().put("type", "connect").put("id", "12345").put("session", newSession()));
            viewer.expectError("bad-request", "viewer");
        }
    }

    @Test
    void duplicateSessionIsRefused() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            Peer a = clients.connect("viewer");
            Peer b = clients.connect("viewer");
            String sid = newSession();
            a.send(connect(host.id, sid));
            a.expect("session", "viewer:" + sid);
            b.send(connect(host.id, sid));
            b.expectError("duplicate-session", "viewer:" + sid);
            // b cannot talk into a's session either.
            b.send(new JsonObject().put("type", "offer").put("session", sid).put("sdp", "x"));
            b.expectError("unknown-session", "viewer");
        }
    }

    @Test
    void unansweredRequestExpiresOnBothSides() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            Peer viewer = clients.connect("viewer");
            String sid = host.brokered(viewer);

            s.clock.advance(30_000);
            s.server.tick();
            viewer.expectError("expired", "viewer:" + sid);
            host.peer.expectError("expired", "host:" + host.id);
            host.peer.send(new JsonObject().put("type", "answer").put("session", sid).put("sdp", "too late"));
            host.peer.expectError("unknown-session", "host:" + host.id);
        }
    }

    @Test
    void lateAnswerIsExpiredEvenBeforeTheTimerRuns() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            Peer viewer = clients.connect("viewer");
            String sid = host.brokered(viewer);
            s.clock.advance(30_001);
            host.peer.send(new JsonObject().put("type", "answer").put("session", sid).put("sdp", "late"));
            viewer.expectError("expired", "viewer:" + sid);
            host.peer.expectError("expired", "host:" + host.id);
            host.peer.send(new JsonObject().put("type", "candidate").put("session", sid).put("candidate", "c"));
            // Exactly one expiry notice reached the host: the next frame answers the candidate.
            host.peer.expectError("unknown-session", "host:" + host.id);
        }
    }

    static void awaitOffline(TestServer s) throws InterruptedException {
        for (int i = 0; i < 2000 && s.server.metrics().render().contains("peerdesk_hosts_connected 1"); i++) {
            Thread.sleep(5);
        }
    }
}
