package dev.peerdesk.bench.signaling;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.JsonObject;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A load-test viewer that keeps one request in flight: either a brokered connect (connect ->
 * the host's answer relayed back -> bye) or, as the baseline, one signed reply to an unknown type.
 */
public final class BenchViewer implements Session.Listener.AutoDemanding {
    private final String hostId;
    private final boolean brokered;
    private final Random random;
    final AtomicLong completed = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private volatile Session session;
    private volatile boolean running = true;
    private String sessionId;

    BenchViewer(String hostId, boolean brokered, long seed) {
        this.hostId = hostId;
        this.brokered = brokered;
        this.random = new Random(seed);
    }

    @Override
    public void onWebSocketOpen(Session s) {
        session = s;
    }

    void start() {
        next();
    }

    void stop() {
        running = false;
    }

    private void next() {
        if (!running) {
            return;
        }
        if (brokered) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            sessionId = Base64Url.encode(b);
            send(new JsonObject().put("type", "connect").put("id", hostId).put("session", sessionId));
        } else {
            send(new JsonObject().put("type", "bench-echo"));
        }
    }

    @Override
    public void onWebSocketText(String text) {
        try {
            Envelope e = Envelope.fromJson(text);
            switch (e.kind()) {
                case "session" -> { } // the answer follows as a relay
                case "relay" -> {
                    send(new JsonObject().put("type", "bye").put("session", sessionId));
                    completed.incrementAndGet();
                    next();
                }
                case "error" -> {
                    if (brokered) {
                        failed.incrementAndGet();
                    } else {
                        completed.incrementAndGet();
                    }
                    next();
                }
                default -> { }
            }
        } catch (Exception ex) {
            failed.incrementAndGet();
        }
    }

    @Override
    public void onWebSocketClose(int code, String reason) {
        running = false;
    }

    private void send(JsonObject m) {
        session.sendText(m.toString(), Callback.NOOP);
    }
}
