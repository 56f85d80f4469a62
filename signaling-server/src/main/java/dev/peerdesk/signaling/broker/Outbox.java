package dev.peerdesk.signaling.broker;

import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeSealer;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.metrics.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Collects the actions of one broker step; every frame it sends is a signed envelope. */
final class Outbox {
    private final EnvelopeSealer sealer;
    private final Random random;
    private final Metrics metrics;
    private List<Action> actions = new ArrayList<>();
    long now;

    Outbox(EnvelopeSealer sealer, Random random, Metrics metrics) {
        this.sealer = sealer;
        this.random = random;
        this.metrics = metrics;
    }

    void signed(long conn, String kind, String audience, JsonObject body) {
        byte[] nonce = new byte[Envelope.NONCE_LENGTH];
        random.nextBytes(nonce);
        actions.add(new Action.Send(conn, sealer.seal(kind, audience, body, now, nonce).toJson()));
        metrics.envelopeSigned();
    }

    void error(long conn, String audience, String code, String message, String session, long retryAt) {
        JsonObject body = new JsonObject().put("code", code).put("message", message);
        if (session != null) {
            body.put("session", session);
        }
        if (retryAt > 0) {
            body.put("retryAt", retryAt);
        }
        signed(conn, "error", audience, body);
        metrics.refused(code);
    }

    void close(long conn, int code, String reason) {
        actions.add(new Action.Close(conn, code, reason));
    }

    void audit(String event, String source, String id, String detail) {
        actions.add(new Action.Audit(event, source, id, detail));
    }

    List<Action> drain() {
        List<Action> out = actions;
        actions = new ArrayList<>();
        return out;
    }
}
