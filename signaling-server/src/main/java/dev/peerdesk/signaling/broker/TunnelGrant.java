package dev.peerdesk.signaling.broker;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;

/**
 * The HTTPS tunnel of last resort, broker half: a viewer whose ICE found no path asks for a
 * tunnel for one of its brokered sessions; both sides then get a fresh single-use token in a
 * signed envelope over their authenticated signaling sockets, and a socket on {@code /ws/tunnel}
 * is admitted only with the unspent, unexpired token of its session and role. Forwarding is the
 * runtime's ({@code dev.peerdesk.signaling.tunnel}); the broker only decides who may connect.
 */
final class TunnelGrant {
    /** How long a granted token may wait for its socket. */
    static final long TOKEN_TTL_MILLIS = 30_000;
    static final String PATH = "/ws/tunnel";

    private final Broker b;

    TunnelGrant(Broker b) {
        this.b = b;
    }

    void request(Conn c, JsonObject m) throws Refused, JsonException {
        String sid = m.string("session");
        Session s = b.sessions.get(sid);
        if (s == null || s.viewerConn != c.id) {
            throw new Refused("unknown-session", "no such session", false);
        }
        long now = b.out.now;
        if (s.expiresAt <= now) {
            throw new Refused("expired", "this session expired", false, sid, 0);
        }
        if (s.tunnel != null) {
            throw new Refused("bad-state", "a tunnel was already granted for this session", false, sid, 0);
        }
        Conn host = b.online.get(s.hostId);
        if (host == null) {
            throw new Refused("offline", "this computer is not connected", false, sid, 0);
        }
        s.tunnel = new TunnelTokens(token(), token(), now + TOKEN_TTL_MILLIS);
        // The tunnel replaces the host's SDP answer: the session is accepted and lives its lifetime.
        s.answered = true;
        s.expiresAt = Math.max(s.expiresAt, now + b.config.sessionLifetimeMillis());
        b.out.signed(host.id, "tunnel", Session.hostAudience(s.hostId), body(sid, "host", s.tunnel.host));
        b.out.signed(c.id, "tunnel", Session.viewerAudience(sid), body(sid, "viewer", s.tunnel.viewer));
        b.metrics.tunnelGranted();
        b.out.audit("tunnel-granted", c.source, s.hostId, sid);
    }

    private JsonObject body(String sid, String role, String token) {
        return new JsonObject().put("session", sid).put("role", role).put("token", token).put("path", PATH)
                .put("expiresAt", b.out.now + TOKEN_TTL_MILLIS);
    }

    private String token() {
        byte[] t = new byte[32];
        b.random.nextBytes(t);
        return Base64Url.encode(t);
    }

    /** Spends the token of {@code role} for {@code sid}, or says why not. */
    TunnelAdmission admit(String sid, Role role, String token, long now) {
        Session s = b.sessions.get(sid);
        TunnelTokens t = s == null ? null : s.tunnel;
        // One answer for "no session", "no tunnel granted" and "wrong token": nothing to probe.
        if (t == null || !TunnelTokens.same(role == Role.HOST ? t.host : t.viewer, token)) {
            return TunnelAdmission.refused("bad-token", "no tunnel with this token");
        }
        if (role == Role.HOST ? t.hostUsed : t.viewerUsed) {
            return TunnelAdmission.refused("token-used", "this tunnel token was used already");
        }
        if (t.expiresAt <= now) {
            return TunnelAdmission.refused("token-expired", "this tunnel token expired");
        }
        if (role == Role.HOST) {
            t.hostUsed = true;
        } else {
            t.viewerUsed = true;
        }
        return TunnelAdmission.admitted(s.hostId);
    }
}
