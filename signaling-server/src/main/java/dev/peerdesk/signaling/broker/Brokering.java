package dev.peerdesk.signaling.broker;

import dev.peerdesk.protocol.backoff.BruteForceGate;
import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.envelope.SignatureVerifier;
import dev.peerdesk.signaling.store.HostRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Connect brokering: a viewer's connect request passes the filters (per-source auth filter, the
 * ID's brute-force gate, online check, open-attempt cap) and becomes a signed connect request to
 * the host and a signed session offer to the viewer, both with TURN credentials. SDP and trickled
 * candidates are then relayed, re-wrapped in signed envelopes. Hosts report SRP outcomes, signed
 * with their key, which feed the gate.
 */
final class Brokering {
    private final Broker b;
    private final IceServers ice;

    Brokering(Broker b) {
        this.b = b;
        this.ice = new IceServers(b.config);
    }

    void connect(Conn c, JsonObject m) throws Refused, JsonException {
        String id = Validate.hostId(m.string("id"));
        String sid = Validate.token(m.string("session"), 16, 64, "session");
        long now = b.out.now;
        if (b.sessions.containsKey(sid)) {
            throw new Refused("duplicate-session", "this session id is already in use", false, sid, 0);
        }
        long blocked = b.sourceFailures.blockedUntil(c.source, now);
        if (blocked > 0) {
            b.out.audit("connect-refused-source", c.source, id, null);
            throw new Refused("source-blocked", "too many failures from this address", false, sid, blocked);
        }
        BruteForceGate gate = b.gates.get(id);
        if (gate != null) {
            BruteForceGate.Decision d = gate.check(now);
            if (!d.allowed()) {
                b.out.audit("connect-refused-backoff", c.source, id, null);
                throw new Refused("backoff", "this computer refuses attempts until retryAt", false, sid, d.retryAt());
            }
        }
        HostRecord host = b.registry.findById(id).orElse(null);
        if (host == null) {
            // Counts as a failure: a source sweeping the ID space runs into the auth filter.
            b.sourceFailures.recordFailure(c.source, now);
            throw new Refused("unknown-id", "no computer has this ID", false, sid, 0);
        }
        Conn hostConn = b.online.get(id);
        if (hostConn == null) {
            throw new Refused("offline", "this computer is not connected", false, sid, 0);
        }
        if (openAttempts(id) >= b.config.maxOpenAttemptsPerHost()) {
            throw new Refused("host-busy", "too many connection attempts in progress", false, sid, 0);
        }
        Session s = new Session(sid, id, c.id, c.source, now + b.config.requestTtlMillis());
        b.sessions.put(sid, s);
        c.sessions.add(sid);
        List<Object> servers = ice.forSession(sid, now);
        b.out.signed(hostConn.id, "connect-request", Session.hostAudience(id), new JsonObject()
                .put("session", sid).put("viewerAddress", c.source).put("expiresAt", s.expiresAt)
                .put("iceServers", servers));
        b.out.signed(c.id, "session", Session.viewerAudience(sid), new JsonObject()
                .put("session", sid).put("id", id).put("hostKey", Base64Url.encode(host.publicKey()))
                .put("expiresAt", s.expiresAt).put("iceServers", servers));
        b.metrics.sessionBrokered();
        b.out.audit("connect", c.source, id, sid);
    }

    private int openAttempts(String hostId) {
        int n = 0;
        for (Session s : b.sessions.values()) {
            if (s.hostId.equals(hostId) && !s.authReported) {
                n++;
            }
        }
        return n;
    }

    void fromViewer(Conn c, String type, JsonObject m) throws Refused, JsonException {
        Session s = b.sessions.get(m.string("session"));
        live(s, s != null && s.viewerConn == c.id, c.id);
        Conn host = b.online.get(s.hostId);
        if (host == null) {
            throw new Refused("offline", "this computer is not connected", false, s.id, 0);
        }
        relay(host.id, Session.hostAudience(s.hostId), s, "viewer", type, m);
        if ("bye".equals(type)) {
            end(s);
        }
    }

    void fromHost(Conn c, String type, JsonObject m) throws Refused, JsonException {
        Session s = b.sessions.get(m.string("session"));
        live(s, s != null && s.hostId.equals(c.hostId), c.id);
        if ("answer".equals(type)) {
            if (s.answered) {
                throw new Refused("bad-state", "this session was already answered", false, s.id, 0);
            }
            s.answered = true;
            s.expiresAt = b.out.now + b.config.sessionLifetimeMillis();
        }
        relay(s.viewerConn, Session.viewerAudience(s.id), s, "host", type, m);
        if ("bye".equals(type) || "reject".equals(type)) {
            end(s);
        }
    }

    /** Refuses unless the session exists, belongs to the sender and has not expired. */
    private void live(Session s, boolean mine, long sender) throws Refused {
        if (s == null || !mine) {
            // Same answer for "absent" and "someone else's": session ids are not to be probed.
            throw new Refused("unknown-session", "no such session", false);
        }
        if (s.expiresAt <= b.out.now) {
            expire(s, sender); // the sender hears it from the refusal below
            throw new Refused("expired", "this session expired", false, s.id, 0);
        }
    }

    /** Forwards only the fields each message type defines, bounded, never the sender's whole object. */
    private void relay(long to, String audience, Session s, String from, String type, JsonObject m)
            throws Refused, JsonException {
        JsonObject msg = new JsonObject().put("type", type);
        switch (type) {
            case "offer" -> msg.put("sdp", bounded(m.string("sdp")));
            case "answer" -> msg.put("sdp", TestTampering.answer(bounded(m.string("sdp"))));
            case "candidate" -> {
                msg.put("candidate", bounded(m.string("candidate")));
                msg.put("sdpMid", m.optString("sdpMid") == null ? null : bounded(m.optString("sdpMid")));
                if (m.get("sdpMLineIndex") instanceof Long) {
                    msg.put("sdpMLineIndex", m.longValue("sdpMLineIndex"));
                }
            }
            default -> {
                String reason = m.optString("reason");
                if (reason != null) {
                    msg.put("reason", bounded(reason));
                }
            }
        }
        b.out.signed(to, "relay", audience, new JsonObject().put("session", s.id).put("from", from).put("message", msg));
    }

    private String bounded(String s) throws Refused {
        if (s.length() > b.config.maxSdpChars()) {
            throw new Refused("bad-request", "field too long", false);
        }
        return s;
    }

    void authResult(Conn c, JsonObject m) throws Refused, JsonException {
        String sid = m.string("session");
        boolean ok = m.bool("ok");
        byte[] sig = m.bytes("sig", SignatureVerifier.SIGNATURE_LENGTH);
        Session s = b.sessions.get(sid);
        if (s == null || !s.hostId.equals(c.hostId)) {
            throw new Refused("unknown-session", "no such session", false);
        }
        HostRecord h = b.registry.findById(c.hostId).orElseThrow(
                () -> new IllegalStateException("an online host is enrolled: hello checked it"));
        if (!b.signatures.verify(h.publicKey(), HostProof.authResult(c.hostId, sid, ok), sig)) {
            b.out.audit("auth-report-bad-signature", c.source, c.hostId, sid);
            throw new Refused("bad-signature", "the auth report signature does not verify", false, sid, 0);
        }
        if (s.authReported) {
            throw new Refused("bad-state", "this session's outcome was already reported", false, sid, 0);
        }
        s.authReported = true;
        long now = b.out.now;
        JsonObject ack = new JsonObject().put("session", sid).put("ok", ok);
        if (ok) {
            b.gates.remove(c.hostId);
            b.out.audit("auth-ok", s.viewerSource, c.hostId, sid);
        } else {
            BruteForceGate gate = b.gates.computeIfAbsent(c.hostId, k -> new BruteForceGate());
            gate.recordFailure(now);
            b.sourceFailures.recordFailure(s.viewerSource, now);
            b.out.audit("auth-fail", s.viewerSource, c.hostId, sid);
            ack.put("failures", (long) gate.consecutiveFailures()).put("retryAt", gate.nextAttemptAt());
        }
        // The host learns what the server's mirror of its gate now says.
        b.out.signed(c.id, "auth-recorded", Session.hostAudience(c.hostId), ack);
    }

    void expire(long now) {
        for (Session s : new ArrayList<>(b.sessions.values())) {
            if (s.expiresAt <= now) {
                expire(s, -1);
            }
        }
    }

    /** A request that got no answer in time fails loudly on both sides; an answered one just ends. */
    private void expire(Session s, long skip) {
        if (!s.answered) {
            if (s.viewerConn != skip) {
                b.out.error(s.viewerConn, Session.viewerAudience(s.id), "expired", "the computer did not answer in time",
                        s.id, 0);
            }
            Conn host = b.online.get(s.hostId);
            if (host != null && host.id != skip) {
                b.out.error(host.id, Session.hostAudience(s.hostId), "expired", "the connect request expired", s.id, 0);
            }
        }
        end(s);
    }

    void viewerGone(Session s) {
        Conn host = b.online.get(s.hostId);
        if (host != null) {
            b.out.signed(host.id, "relay", Session.hostAudience(s.hostId), new JsonObject().put("session", s.id)
                    .put("from", "viewer").put("message", new JsonObject().put("type", "bye").put("reason", "viewer-gone")));
        }
        end(s);
    }

    /** The host's connection closed: pending requests fail for their viewers, answered ones live on. */
    void hostGone(String hostId) {
        for (Session s : new ArrayList<>(b.sessions.values())) {
            if (s.hostId.equals(hostId) && !s.answered) {
                b.out.error(s.viewerConn, Session.viewerAudience(s.id), "offline", "the computer disconnected", s.id, 0);
                end(s);
            }
        }
    }

    private void end(Session s) {
        b.sessions.remove(s.id);
        Conn viewer = b.conns.get(s.viewerConn);
        if (viewer != null) {
            viewer.sessions.remove(s.id);
        }
    }
}
