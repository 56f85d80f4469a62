package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.crypto.Ed25519;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A WebSocket test client that checks every frame the server sends with the shared envelope
 * verifier (signature under the master key, audience, freshness on the virtual clock, replay).
 */
public final class Peer implements Session.Listener.AutoDemanding {
    static final long WAIT_SECONDS = 20;

    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final VirtualClock clock;
    private final EnvelopeVerifier verifier;
    volatile Session session;

    Peer(VirtualClock clock, byte[] masterKey) {
        this.clock = clock;
        this.verifier = new EnvelopeVerifier(Ed25519.VERIFIER, masterKey, 60_000, 5_000, 10_000);
    }

    @Override
    public void onWebSocketOpen(Session s) {
        session = s;
    }

    @Override
    public void onWebSocketText(String text) {
        texts.add(text);
    }

    @Override
    public void onWebSocketClose(int code, String reason) {
        closed.complete(code);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        closed.complete(-1);
    }

    void send(JsonObject message) {
        sendText(message.toString());
    }

    void sendText(String text) {
        session.sendText(text, Callback.NOOP);
    }

    String nextText() throws InterruptedException {
        String t = texts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(t, "no message from the server in time");
        return t;
    }

    /** The next frame, fully verified, addressed to {@code audience} and of {@code kind}; its body. */
    JsonObject expect(String kind, String audience) throws Exception {
        Envelope e = verifier.verify(nextText(), audience, clock.millis());
        assertEquals(kind, e.kind(), () -> "got " + e.kind() + ": " + e.body());
        return e.bodyObject();
    }

    /** The next frame must be an error envelope with {@code code}. */
    JsonObject expectError(String code, String audience) throws Exception {
        JsonObject body = expect("error", audience);
        assertEquals(code, body.string("code"), body::toString);
        return body;
    }

    /** The next frame must be an ID certificate, addressed to the ID it certifies. */
    JsonObject expectAnyCertificate() throws Exception {
        String text = nextText();
        Envelope raw = Envelope.fromJson(text);
        Envelope e = verifier.verify(raw, raw.audience(), clock.millis());
        assertEquals("id-certificate", e.kind(), e::body);
        JsonObject body = e.bodyObject();
        assertEquals("host:" + body.string("id"), e.audience());
        return body;
    }

    int awaitClose() throws Exception {
        return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    void close() {
        Session s = session;
        if (s != null) {
            s.close();
        }
    }
}
