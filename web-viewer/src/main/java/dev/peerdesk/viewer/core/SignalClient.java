package dev.peerdesk.viewer.core;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeException;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.envelope.SignatureVerifier;

/**
 * The viewer's side of the signaling protocol (docs/signaling.md), sans-IO: builds what the
 * viewer sends, and turns what the server sends into typed events only after the envelope
 * verified under the master key, for our audience, fresh and not replayed. One per session.
 */
public final class SignalClient {
    public sealed interface Event {}

    /** The server brokered the session: the host's key (for the channel binding) and ICE servers. */
    public record Brokered(String hostId, byte[] hostKey, String iceServersJson) implements Event {}

    public record Answer(String sdp) implements Event {}

    /** A trickled host candidate; {@code mLineIndex} is -1 when absent. An empty candidate ends trickling. */
    public record Candidate(String candidate, String sdpMid, int mLineIndex) implements Event {}

    /** The server refused or ended something; {@code retryAt} is 0 when not given. */
    public record Refused(String code, String message, long retryAt) implements Event {}

    /** The host rejected the session or said bye. */
    public record Ended(String type, String reason) implements Event {}

    /**
     * The server granted the HTTPS tunnel (no ICE path worked): this viewer's single-use token for
     * the WebSocket at {@code path}.
     */
    public record TunnelGranted(String token, String path) implements Event {}

    /** On the tunnel socket: the host's side joined; frames may flow. */
    public record TunnelReady() implements Event {}

    /** Valid, ours, but nothing to act on (a message type this viewer does not know). */
    public record Ignored(String what) implements Event {}

    private final EnvelopeVerifier verifier;
    private final String hostId;
    private final String session;
    private boolean brokered;

    public SignalClient(EnvelopeVerifier verifier, String hostId, String session) {
        this.verifier = verifier;
        this.hostId = hostId;
        this.session = session;
    }

    /** A fresh session id: 128 random bits, base64url. */
    public static String newSessionId(byte[] random16) {
        return Base64Url.encode(random16);
    }

    public String session() {
        return session;
    }

    public String connect() {
        return new JsonObject().put("type", "connect").put("id", hostId).put("session", session).toString();
    }

    public String offer(String sdp) {
        return new JsonObject().put("type", "offer").put("session", session).put("sdp", sdp).toString();
    }

    public String candidate(String candidate, String sdpMid, int mLineIndex) {
        JsonObject o = new JsonObject().put("type", "candidate").put("session", session).put("candidate", candidate);
        if (sdpMid != null) {
            o.put("sdpMid", sdpMid);
        }
        if (mLineIndex >= 0) {
            o.put("sdpMLineIndex", (long) mLineIndex);
        }
        return o.toString();
    }

    /** Asks for the HTTPS tunnel of last resort for this session. */
    public String tunnel() {
        return new JsonObject().put("type", "tunnel").put("session", session).toString();
    }

    /** The first text on the tunnel socket: which session and side, and the granted token. */
    public String tunnelHello(String token) {
        return new JsonObject().put("type", "tunnel-hello").put("session", session).put("role", "viewer")
                .put("token", token).toString();
    }

    public String bye(String reason) {
        return new JsonObject().put("type", "bye").put("session", session).put("reason", reason).toString();
    }

    /** Verifies one server frame and says what it means. */
    public Event receive(String wire, long now) throws EnvelopeException, JsonException {
        Envelope e = Envelope.fromJson(wire);
        String mine = "viewer:" + session;
        // Errors about no session at all are addressed to "viewer"; everything else to our session.
        String audience = "error".equals(e.kind()) && "viewer".equals(e.audience()) ? "viewer" : mine;
        verifier.verify(e, audience, now);
        JsonObject body = e.bodyObject();
        switch (e.kind()) {
            case "session" -> {
                if (!session.equals(body.string("session")) || !hostId.equals(body.string("id"))) {
                    throw new JsonException("session envelope for another session or computer");
                }
                brokered = true;
                return new Brokered(hostId, body.bytes("hostKey", SignatureVerifier.PUBLIC_KEY_LENGTH),
                        Json.write(body.array("iceServers")));
            }
            case "error" -> {
                long retryAt = body.has("retryAt") ? body.longValue("retryAt") : 0;
                return new Refused(body.string("code"), body.string("message"), retryAt);
            }
            case "relay" -> {
                if (!brokered || !"host".equals(body.string("from")) || !session.equals(body.string("session"))) {
                    throw new JsonException("relay before the session or not from the host");
                }
                return relayed(body.object("message"));
            }
            case "tunnel" -> {
                if (!brokered || !session.equals(body.string("session")) || !"viewer".equals(body.string("role"))) {
                    throw new JsonException("a tunnel grant for another session or side");
                }
                return new TunnelGranted(body.string("token"), body.string("path"));
            }
            case "tunnel-ready" -> {
                if (!session.equals(body.string("session"))) {
                    throw new JsonException("tunnel-ready for another session");
                }
                return new TunnelReady();
            }
            default -> {
                return new Ignored(e.kind());
            }
        }
    }

    private static Event relayed(JsonObject m) throws JsonException {
        String type = m.string("type");
        return switch (type) {
            case "answer" -> new Answer(m.string("sdp"));
            case "candidate" -> new Candidate(m.string("candidate"), m.optString("sdpMid"),
                    m.has("sdpMLineIndex") ? (int) m.longValue("sdpMLineIndex") : -1);
            case "bye", "reject" -> new Ended(type, m.optString("reason"));
            default -> new Ignored(type);
        };
    }
}
