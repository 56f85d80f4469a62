package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.crypto.Ed25519;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** A test client on {@code /ws/tunnel}: records the server's (verified) texts and the forwarded frames. */
public final class TunnelPeer implements Session.Listener.AutoDemanding {
    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final VirtualClock clock;
    private final EnvelopeVerifier verifier;
    volatile Session session;

    TunnelPeer(VirtualClock clock, byte[] masterKey) {
        this.clock = clock;
        this.verifier = new EnvelopeVerifier(Ed25519.VERIFIER, masterKey, 60_000, 5_000, 10_000);
    }

    static TunnelPeer connect(TestServer s, Clients clients) throws Exception {
        TunnelPeer p = new TunnelPeer(s.clock, s.server.masterPublicKey());
        var client = clients.client("127.0.0.1");
        client.setMaxBinaryMessageSize(1 << 20);
        client.connect(p, java.net.URI.create("wss://127.0.0.1:" + s.server.port() + "/ws/tunnel"))
                .get(Peer.WAIT_SECONDS, TimeUnit.SECONDS);
        return p;
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
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        byte[] b = new byte[payload.remaining()];
        payload.get(b);
        frames.add(b);
        callback.succeed();
    }

    @Override
    public void onWebSocketClose(int code, String reason) {
        closed.complete(code);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        closed.complete(-1);
    }

    void hello(String sid, String role, String token) {
        session.sendText(new JsonObject().put("type", "tunnel-hello").put("session", sid).put("role", role)
                .put("token", token).toString(), Callback.NOOP);
    }

    void send(byte[] frame) throws Exception {
        Callback.Completable done = new Callback.Completable();
        session.sendBinary(ByteBuffer.wrap(frame), done);
        done.get(Peer.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    JsonObject expect(String kind, String audience) throws Exception {
        String t = texts.poll(Peer.WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(t, "no text from the server in time");
        Envelope e = verifier.verify(t, audience, clock.millis());
        assertEquals(kind, e.kind(), () -> "got " + e.kind() + ": " + e.body());
        return e.bodyObject();
    }

    void expectError(String code, String audience) throws Exception {
        JsonObject body = expect("error", audience);
        assertEquals(code, body.string("code"), body::toString);
    }

    byte[] nextFrame() throws InterruptedException {
        byte[] f = frames.poll(Peer.WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(f, "no frame forwarded in time");
        return f;
    }

    int awaitClose() throws Exception {
        return closed.get(Peer.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    void close() {
        Session s = session;
        if (s != null) {
            s.close();
        }
    }
}
