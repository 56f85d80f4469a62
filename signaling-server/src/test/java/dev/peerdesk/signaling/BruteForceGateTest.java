package dev.peerdesk.signaling;

import static dev.peerdesk.signaling.ConnectFlowTest.connect;
import static dev.peerdesk.signaling.ConnectFlowTest.newSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.backoff.BruteForceGate;
import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's brute-force gate (botnet protection): a host reports failed passwords, signed with
 * its key, and the server then refuses connects to that ID from ANY source until the backoff ends.
 */
class BruteForceGateTest {
    @TempDir
    Path data;

    @Test
    void gateRefusesEverySourceDuringBackoffAcrossAHundredSources() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            String hostAud = "host:" + host.id;
            // Source n makes one attempt and fails; source n+1 is then refused until retryAt, and
            // makes the next attempt once the wait is over. 100 attacking sources in all.
            Peer current = clients.connect("viewer", source(1));
            for (int n = 1; n <= 100; n++) {
                String sid = newSession();
                current.send(connect(host.id, sid));
                current.expect("session", "viewer:" + sid);
                assertEquals(source(n), host.peer.expect("connect-request", hostAud).string("viewerAddress"));
                JsonObject ack = host.reportAuth(sid, false);
                long wait = BruteForceGate.waitAfter(n);
                assertEquals(n, ack.longValue("failures"));
                assertEquals(s.clock.millis() + wait, ack.longValue("retryAt"));

                current.close();
                assertEquals("bye", host.peer.expect("relay", hostAud).object("message").string("type"));
                clients.release(source(n));

                Peer next = clients.connect("viewer", source(n + 1));
                String sid2 = newSession();
                next.send(connect(host.id, sid2));
                assertEquals(s.clock.millis() + wait, next.expectError("backoff", "viewer:" + sid2).longValue("retryAt"));
                if (wait > 1) {
                    s.clock.advance(wait - 1);
                    String sid3 = newSession();
                    next.send(connect(host.id, sid3));
                    next.expectError("backoff", "viewer:" + sid3);
                    s.clock.advance(1);
                } else {
                    s.clock.advance(wait);
                }
                current = next;
            }
            Peer owner = current;
            // A correct password (reported by the host) is the only thing that reopens the gate at once.
            String sid = host.brokered(owner);
            host.reportAuth(sid, false);
            String blocked = newSession();
            owner.send(connect(host.id, blocked));
            owner.expectError("backoff", "viewer:" + blocked);
            s.clock.advance(BruteForceGate.waitAfter(101));
            String sid3 = host.brokered(owner);
            host.reportAuth(sid3, true);
            String sid4 = newSession();
            owner.send(connect(host.id, sid4));
            owner.expect("session", "viewer:" + sid4);
            assertEquals(201, s.server.metrics().refusals("backoff"));
        }
    }

    static String source(int n) {
        return "127.0.1." + n;
    }

    @Test
    void forgedAuthReportsChangeNothing() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            Peer viewer = clients.connect("viewer");
            String sid = host.brokered(viewer);
            // Signed by another key, or for another outcome than claimed: refused, gate untouched.
            TestHost other = TestHost.fresh();
            host.peer.send(new JsonObject().put("type", "auth-result").put("session", sid).put("ok", false)
                    .put("sig", Base64Url.encode(other.key.sign(HostProof.authResult(host.id, sid, false)))));
            host.peer.expectError("bad-signature", "host:" + host.id);
            host.peer.send(new JsonObject().put("type", "auth-result").put("session", sid).put("ok", false)
                    .put("sig", Base64Url.encode(host.key.sign(HostProof.authResult(host.id, sid, true)))));
            host.peer.expectError("bad-signature", "host:" + host.id);
            String sid2 = newSession();
            viewer.send(connect(host.id, sid2));
            viewer.expect("session", "viewer:" + sid2);
        }
    }

    @Test
    void oneSourceSweepingIdsHitsItsFailureLimit() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            Peer sweeper = clients.connect("viewer", "127.0.4.1");
            for (int i = 0; i < 20; i++) {
                String sid = newSession();
                sweeper.send(connect(Integer.toString(100_000_000 + i), sid));
                sweeper.expectError("unknown-id", "viewer:" + sid);
                s.clock.advance(1000); // stay under the message rate limit
            }
            String sid = newSession();
            sweeper.send(connect(host.id, sid));
            JsonObject refused = sweeper.expectError("source-blocked", "viewer:" + sid);
            assertTrue(refused.longValue("retryAt") > s.clock.millis());
            // Other sources are not affected.
            Peer other = clients.connect("viewer", "127.0.4.2");
            String ok = newSession();
            other.send(connect(host.id, ok));
            other.expect("session", "viewer:" + ok);
            // After the window the sweeper may try again.
            s.clock.advance(3_600_000);
            String later = newSession();
            sweeper.send(connect(host.id, later));
            sweeper.expect("session", "viewer:" + later);
        }
    }
}
