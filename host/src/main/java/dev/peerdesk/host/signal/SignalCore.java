package dev.peerdesk.host.signal;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeException;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

/**
 * The host's side of the signaling protocol, sans-IO: fed server texts and the time, it verifies
 * each envelope (master key, audience, freshness, replay), answers the challenge with a signed
 * hello, stores the ID certificate, and turns the rest into {@link SignalEvent}s. Messages to send
 * queue up in {@link #outgoing()}. One instance per host process; not thread-safe.
 */
public final class SignalCore {
    private enum State { CLOSED, AWAIT_CHALLENGE, AWAIT_CERTIFICATE, ONLINE }

    private final HostIdentity identity;
    private final EnvelopeVerifier verifier;
    private final Queue<String> outgoing = new ArrayDeque<>();
    private State state = State.CLOSED;
    private String claimed;

    public SignalCore(HostIdentity identity, EnvelopeVerifier verifier) {
        this.identity = identity;
        this.verifier = verifier;
    }

    /** A new WebSocket is open: the server speaks first (its challenge). */
    public void opened() {
        outgoing.clear();
        state = State.AWAIT_CHALLENGE;
    }

    public void closed() {
        outgoing.clear();
        state = State.CLOSED;
    }

    public boolean online() {
        return state == State.ONLINE;
    }

    /** Texts to send, in order; the IO layer drains it after every call. */
    public Queue<String> outgoing() {
        return outgoing;
    }

    /** One server text; throws when the connection must be dropped. */
    public List<SignalEvent> receive(String text, long now) throws SignalException {
        try {
            Envelope raw = Envelope.fromJson(text);
            switch (state) {
                case AWAIT_CHALLENGE -> {
                    JsonObject body = verified(raw, "host", now);
                    if (!"challenge".equals(raw.kind())) {
                        throw refusal(raw.kind(), body);
                    }
                    hello(Base64Url.decode(body.string("challenge")));
                    state = State.AWAIT_CERTIFICATE;
                    return List.of();
                }
                case AWAIT_CERTIFICATE -> {
                    if (!"id-certificate".equals(raw.kind())) {
                        throw refusal(raw.kind(), verified(raw, "host", now));
                    }
                    // Addressed to the ID it certifies; the audience and the body must agree.
                    JsonObject body = verified(raw, raw.audience(), now);
                    String id = body.string("id");
                    if (!raw.audience().equals("host:" + id) || (claimed != null && !claimed.equals(id))
                            || !Base64Url.encode(identity.key().publicKey()).equals(body.string("hostKey"))
                            || !identity.fingerprint().equals(body.string("fingerprint"))) {
                        throw new SignalException("the ID certificate is not for this host: " + body, false);
                    }
                    identity.certified(id, text);
                    state = State.ONLINE;
                    return List.of(new SignalEvent.Online(id, body.bool("enrolled")));
                }
                case ONLINE -> {
                    return List.of(dispatch(raw.kind(), verified(raw, "host:" + identity.id(), now)));
                }
                default -> throw new SignalException("message on a closed connection", false);
            }
        } catch (EnvelopeException e) {
            throw new SignalException("server message refused (" + e.getMessage() + "): not signed by the pinned "
                    + "master key, stale, replayed or not for us", false);
        } catch (JsonException | IllegalArgumentException e) {
            throw new SignalException("malformed server message: " + e.getMessage(), false);
        } catch (IOException e) {
            throw new SignalException("cannot store the ID certificate: " + e.getMessage(), true);
        }
    }

    private JsonObject verified(Envelope raw, String audience, long now) throws EnvelopeException, JsonException {
        return verifier.verify(raw, audience, now).bodyObject();
    }

    private void hello(byte[] challenge) {
        claimed = identity.id();
        byte[] key = identity.key().publicKey();
        byte[] proof = HostProof.hello(challenge, claimed == null ? "" : claimed, identity.fingerprint(), key);
        JsonObject hello = new JsonObject().put("type", "hello").put("key", Base64Url.encode(key))
                .put("fingerprint", identity.fingerprint()).put("sig", Base64Url.encode(identity.key().sign(proof)));
        if (claimed != null) {
            hello.put("id", claimed);
        }
        outgoing.add(hello.toString());
    }

    private SignalException refusal(String kind, JsonObject body) throws JsonException {
        if (!"error".equals(kind)) {
            return new SignalException("unexpected '" + kind + "' before the ID certificate", false);
        }
        String code = body.string("code");
        // A stored ID this server does not know (its store was reset): enroll afresh next time.
        if ("unknown-id".equals(code)) {
            identity.forget();
        }
        boolean permanent = "key-mismatch".equals(code) || "fingerprint-mismatch".equals(code);
        return new SignalException("the server refused our hello: " + code + " (" + body.optString("message") + ")",
                permanent);
    }

    private SignalEvent dispatch(String kind, JsonObject body) throws JsonException, SignalException {
        switch (kind) {
            case "connect-request":
                return new SignalEvent.ConnectRequest(body.string("session"), body.string("viewerAddress"),
                        body.longValue("expiresAt"), body.array("iceServers"));
            case "relay":
                if (!"viewer".equals(body.string("from"))) {
                    throw new SignalException("relay from '" + body.string("from") + "'", false);
                }
                return new SignalEvent.FromViewer(body.string("session"), body.object("message"));
            case "tunnel":
                if (!"host".equals(body.string("role"))) {
                    throw new SignalException("a tunnel token for role '" + body.string("role") + "'", false);
                }
                return new SignalEvent.TunnelGrant(body.string("session"), body.string("token"), body.string("path"),
                        body.longValue("expiresAt"));
            case "auth-recorded":
                return new SignalEvent.AuthRecorded(body.string("session"), body.bool("ok"));
            case "error":
                return new SignalEvent.ServerError(body.string("code"), body.optString("message"),
                        body.optString("session"));
            default:
                throw new SignalException("unknown server message '" + kind + "'", false);
        }
    }

    // ---- messages the session runtime sends ----

    public void answer(String session, String sdp) {
        outgoing.add(new JsonObject().put("type", "answer").put("session", session).put("sdp", sdp).toString());
    }

    public void candidate(String session, String candidate, String sdpMid, Integer sdpMLineIndex) {
        JsonObject m = new JsonObject().put("type", "candidate").put("session", session).put("candidate", candidate);
        if (sdpMid != null) {
            m.put("sdpMid", sdpMid);
        }
        if (sdpMLineIndex != null) {
            m.put("sdpMLineIndex", (long) sdpMLineIndex);
        }
        outgoing.add(m.toString());
    }

    public void reject(String session, String reason) {
        outgoing.add(new JsonObject().put("type", "reject").put("session", session).put("reason", reason).toString());
    }

    public void bye(String session, String reason) {
        outgoing.add(new JsonObject().put("type", "bye").put("session", session).put("reason", reason).toString());
    }

    /** The SRP outcome, signed with the host key, for the server's brute-force gate. */
    public void authResult(String session, boolean ok) {
        byte[] sig = identity.key().sign(HostProof.authResult(identity.id(), session, ok));
        outgoing.add(new JsonObject().put("type", "auth-result").put("session", session).put("ok", ok)
                .put("sig", Base64Url.encode(sig)).toString());
    }
}
