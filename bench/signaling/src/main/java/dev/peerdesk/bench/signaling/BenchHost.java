package dev.peerdesk.bench.signaling;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.crypto.Ed25519;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** A load-test host: enrolls, then answers every connect request at once. */
public final class BenchHost implements Session.Listener.AutoDemanding {
    final CompletableFuture<String> id = new CompletableFuture<>();
    private final Ed25519 key;
    private final String fingerprint;
    private volatile Session session;

    BenchHost(SecureRandom random) {
        key = Ed25519.generate(random);
        byte[] fp = new byte[32];
        random.nextBytes(fp);
        fingerprint = Base64Url.encode(fp);
    }

    @Override
    public void onWebSocketOpen(Session s) {
        session = s;
    }

    @Override
    public void onWebSocketText(String text) {
        try {
            Envelope e = Envelope.fromJson(text);
            JsonObject body = e.bodyObject();
            switch (e.kind()) {
                case "challenge" -> {
                    byte[] c = Base64Url.decode(body.string("challenge"));
                    byte[] sig = key.sign(HostProof.hello(c, "", fingerprint, key.publicKey()));
                    send(new JsonObject().put("type", "hello").put("key", Base64Url.encode(key.publicKey()))
                            .put("fingerprint", fingerprint).put("sig", Base64Url.encode(sig)));
                }
                case "id-certificate" -> id.complete(body.string("id"));
                case "connect-request" -> send(new JsonObject().put("type", "answer")
                        .put("session", body.string("session")).put("sdp", "v=0 bench answer"));
                case "error" -> id.completeExceptionally(new IllegalStateException(body.toString()));
                default -> { }
            }
        } catch (Exception e) {
            id.completeExceptionally(e);
        }
    }

    @Override
    public void onWebSocketClose(int code, String reason) {
        id.completeExceptionally(new IllegalStateException("closed " + code + " " + reason));
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        id.completeExceptionally(cause);
    }

    private void send(JsonObject m) {
        session.sendText(m.toString(), Callback.NOOP);
    }
}
