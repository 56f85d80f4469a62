package dev.peerdesk.host.session;

import dev.peerdesk.host.audit.AuditEvent.Transport;
import dev.peerdesk.host.audit.AuditEvent.Type;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.auth.Admission;
import dev.peerdesk.host.auth.PasswordKind;
import dev.peerdesk.host.auth.PasswordPolicy;
import dev.peerdesk.host.input.InputInjector;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The host's session bookkeeping, called by the session runtime at each step: a viewer connects,
 * starts SRP, fails or succeeds, the session ends. It enforces the session limit and the password
 * policy, persists the gate through {@code gateSaved}, and writes every audit record. Time is an
 * argument; calls are serialized by the caller.
 */
public final class SessionRegistry {
    /** The answer to a new viewer. */
    public enum Connect { ACCEPTED, REFUSED_SESSION_LIMIT }

    private record Pending(String peer, Transport transport, long connectedAt) {}

    private final int maxSessions;
    private final Set<Permission> permissions;
    private final PasswordPolicy passwords;
    private final AuditLog audit;
    private final Consumer<PasswordPolicy> gateSaved;
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, SessionGuard> active = new HashMap<>();
    private String authenticating;

    public SessionRegistry(int maxSessions, Set<Permission> permissions, PasswordPolicy passwords, AuditLog audit,
            Consumer<PasswordPolicy> gateSaved) {
        this.maxSessions = maxSessions;
        this.permissions = Set.copyOf(permissions);
        this.passwords = passwords;
        this.audit = audit;
        this.gateSaved = gateSaved;
    }

    public Connect connect(String session, String peer, Transport transport, long now) {
        if (active.size() + pending.size() >= maxSessions) {
            audit.record(Type.CONNECT, session, peer, transport, fields("result", "refused: session limit"));
            return Connect.REFUSED_SESSION_LIMIT;
        }
        pending.put(session, new Pending(peer, transport, now));
        audit.record(Type.CONNECT, session, peer, transport, fields("result", "accepted"));
        return Connect.ACCEPTED;
    }

    /** The viewer starts SRP with the given password kind. */
    public Admission beginAuth(String session, PasswordKind kind, long now) {
        Pending p = requirePending(session);
        Admission a = passwords.admit(now, kind);
        if (a instanceof Admission.Refused r) {
            Map<String, Object> f = fields("reason", r.reason().name().toLowerCase(java.util.Locale.ROOT));
            if (r.retryAt() != Long.MIN_VALUE) {
                f.put("retry_in_ms", r.retryAt() - now);
            }
            audit.record(Type.AUTH_REFUSED, session, p.peer(), p.transport(), f);
        } else {
            authenticating = session;
        }
        return a;
    }

    public PasswordPolicy.FailureOutcome authFailed(String session, long now) {
        Pending p = requireAuthenticating(session);
        PasswordPolicy.FailureOutcome o = passwords.recordFailure(now);
        gateSaved.accept(passwords);
        Map<String, Object> f = fields("consecutive_failures", o.consecutiveFailures());
        f.put("next_attempt_in_ms", o.waitMillis());
        f.put("password_rotated", o.rotated());
        audit.record(Type.AUTH_FAIL, session, p.peer(), p.transport(), f);
        return o;
    }

    /** The proof verified: the session becomes active with the host's permissions. */
    public SessionGuard authOk(String session, InputInjector injector, long now) {
        Pending p = requireAuthenticating(session);
        passwords.recordSuccess();
        gateSaved.accept(passwords);
        pending.remove(session);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("permissions", String.join(",", permissions.stream().map(Permission::wireName).sorted().toList()));
        audit.record(Type.AUTH_OK, session, p.peer(), p.transport(), f);
        SessionGuard g = new SessionGuard(new SessionInfo(session, p.peer(), p.transport(), permissions, now),
                injector, audit);
        active.put(session, g);
        return g;
    }

    /** The viewer or the transport went away, at any stage. */
    public void ended(String session, long now, String reason) {
        if (session.equals(authenticating)) {
            authenticating = null;
            passwords.abandon();
        }
        Pending p = pending.remove(session);
        SessionGuard g = active.remove(session);
        if (g != null) {
            g.end(now, reason);
            passwords.sessionEnded(); // the one-time password was used: a new one for the next viewer
        } else if (p != null) {
            Map<String, Object> f = fields("reason", reason);
            f.put("duration_ms", Math.max(0, now - p.connectedAt()));
            f.put("authenticated", false);
            audit.record(Type.SESSION_END, session, p.peer(), p.transport(), f);
        }
    }

    public int activeSessions() {
        return active.size();
    }

    private Pending requirePending(String session) {
        Pending p = pending.get(session);
        if (p == null) {
            throw new IllegalStateException("session " + session + " is not waiting to authenticate: "
                    + "the runtime calls connect() first and nothing after ended()");
        }
        return p;
    }

    private Pending requireAuthenticating(String session) {
        Pending p = requirePending(session);
        if (!session.equals(authenticating)) {
            throw new IllegalStateException("session " + session + " reported an SRP result without beginAuth()");
        }
        authenticating = null;
        return p;
    }

    private static Map<String, Object> fields(String k, Object v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k, v);
        return m;
    }
}
