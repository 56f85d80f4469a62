package dev.peerdesk.signaling;

import static dev.peerdesk.signaling.ConnectFlowTest.connect;
import static dev.peerdesk.signaling.ConnectFlowTest.newSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.broker.CloseCodes;
import dev.peerdesk.signaling.filter.Cidr;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.websocket.api.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input against a live server; after each case a healthy host and viewer must
 * still be brokered (the server keeps serving others throughout).
 */
class FiltersTest {
    @TempDir
    Path data;
    TestServer s;
    Clients clients;
    TestHost host;

    @BeforeEach
    void start() throws Exception {
        s = TestServer.start(data, new VirtualClock(TestServer.T0),
                c -> c.withFilters(List.of(), List.of(Cidr.parse("127.0.0.66/32"), Cidr.parse("127.0.7.0/24"))));
        clients = new Clients(s);
        host = TestHost.fresh();
        host.online(clients);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            othersStillServed();
        } finally {
            clients.close();
            s.close();
        }
    }

    /** A fresh viewer from a clean source still gets a session with the healthy host. */
    void othersStillServed() throws Exception {
        Peer viewer = clients.connect("viewer", "127.0.9.9");
        String sid = host.brokered(viewer);
    }

    @Test
    void deniedAddressesGet403OnHttpAndWebSocket() throws Exception {
        for (String denied : List.of("127.0.0.66", "127.0.7.200")) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> clients.connect("viewer", denied));
            assertTrue(String.valueOf(e.getCause()).contains("403"), String.valueOf(e.getCause()));
            ContentResponse r = clients.client(denied).getHttpClient().GET(s.https("/healthz"));
            assertEquals(403, r.getStatus());
        }
        assertEquals(200, clients.client("127.0.0.67").getHttpClient().GET(s.https("/healthz")).getStatus());
        assertTrue(s.server.metrics().refusals("ip-denied") >= 4);
    }

    @Test
    void oversizeMessageClosesWith1009() throws Exception {
        Peer p = clients.connect("viewer");
        p.sendText("{\"type\":\"offer\",\"sdp\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(CloseCodes.MESSAGE_TOO_BIG, p.awaitClose());
    }

    @Test
    void malformedJsonGetsAnErrorThenAClose() throws Exception {
        for (String bad : List.of("{\"type\":", "[1,2]", "not json", "{\"type\":5}", "{\"id\":\"1\"}")) {
            Peer p = clients.connect("viewer");
            p.sendText(bad);
            p.expectError("malformed", "viewer");
            assertEquals(CloseCodes.POLICY_VIOLATION, p.awaitClose(), bad);
        }
        Peer h = clients.connect("host");
        h.expect("challenge", "host");
        h.sendText("{\"type\":\"hello\",\"key\":\"@@\"}");
        h.expectError("malformed", "host");
        assertEquals(CloseCodes.POLICY_VIOLATION, h.awaitClose());
    }

    @Test
    void binaryFramesAreRefused() throws Exception {
        Peer p = clients.connect("viewer");
        p.session.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}), Callback.NOOP);
        p.expectError("malformed", "viewer");
        assertEquals(CloseCodes.UNSUPPORTED_DATA, p.awaitClose());
    }

    @Test
    void messageFloodIsCut() throws Exception {
        Peer p = clients.connect("viewer", "127.0.5.1");
        // The virtual clock stands still: the burst (60) is all this connection gets.
        for (int i = 0; i < 61; i++) {
            p.send(new JsonObject().put("type", "offer").put("session", "unknown-unknown-1").put("sdp", "x"));
        }
        for (int i = 0; i < 60; i++) {
            p.expectError("unknown-session", "viewer");
        }
        p.expectError("rate-limited", "viewer");
        assertEquals(CloseCodes.POLICY_VIOLATION, p.awaitClose());
    }

    @Test
    void webSocketConnectFloodFromOneSourceGets429() throws Exception {
        String source = "127.0.6.1";
        for (int i = 0; i < 20; i++) {
            clients.connect("viewer", source).close();
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> clients.connect("viewer", source));
        assertTrue(String.valueOf(e.getCause()).contains("429"), String.valueOf(e.getCause()));
        assertEquals(1, s.server.metrics().refusals("ws-connect-rate"));
        s.clock.advance(1000); // 5 per second refill
        clients.connect("viewer", source).close();
    }

    @Test
    void unauthenticatedHostCannotBrokerOrRelay() throws Exception {
        Peer p = clients.connect("host");
        p.expect("challenge", "host");
        p.send(new JsonObject().put("type", "answer").put("session", "whatever-whatever").put("sdp", "x"));
        p.expectError("bad-state", "host");
        assertEquals(CloseCodes.POLICY_VIOLATION, p.awaitClose());
        Peer v = clients.connect("viewer");
        v.send(new JsonObject().put("type", "hello"));
        v.expectError("unknown-type", "viewer");
        v.send(new JsonObject().put("type", "connect").put("id", host.id).put("session", "short"));
        v.expectError("bad-request", "viewer");
        // Non-fatal refusals leave the connection usable.
        String sid = host.brokered(v);
    }
}
