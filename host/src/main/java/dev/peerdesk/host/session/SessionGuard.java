package dev.peerdesk.host.session;

import dev.peerdesk.host.audit.AuditEvent.Type;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputInjector;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Enforces a session's permissions on the host (the viewer's UI hiding a button proves nothing).
 * Input without {@code control}, clipboard without {@code clipboard}, files without {@code files}
 * are dropped and audited: the first denial of each permission at once, the rest counted and
 * reported with the session end, so a view-only viewer wiggling the mouse cannot flood the log.
 */
public final class SessionGuard {
    private final SessionInfo info;
    private final InputInjector injector;
    private final AuditLog audit;
    private final EnumMap<Permission, Long> denied = new EnumMap<>(Permission.class);
    private boolean ended;

    public SessionGuard(SessionInfo info, InputInjector injector, AuditLog audit) {
        this.info = info;
        this.injector = injector;
        this.audit = audit;
    }

    /** Injects viewer input when the session has {@code control}; returns whether it was injected. */
    public boolean input(InputEvent e) {
        if (!allow(Permission.CONTROL, e.getClass().getSimpleName())) {
            return false;
        }
        injector.inject(e);
        return true;
    }

    /** Checks a permission for an action (clipboard, file transfer); audits a denial. */
    public boolean allow(Permission p, String action) {
        if (ended) {
            return false;
        }
        if (info.permissions().contains(p)) {
            return true;
        }
        long n = denied.merge(p, 1L, Long::sum);
        if (n == 1) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("permission", p.wireName());
            f.put("action", action);
            audit.record(Type.PERMISSION_DENIED, info.id(), info.peer(), info.transport(), f);
        }
        return false;
    }

    /** Releases held input and writes the session-end record with its duration. */
    public void end(long now, String reason) {
        if (ended) {
            return;
        }
        ended = true;
        injector.releaseAll();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reason", reason);
        f.put("duration_ms", Math.max(0, now - info.startedAt()));
        for (Map.Entry<Permission, Long> d : denied.entrySet()) {
            f.put("denied_" + d.getKey().wireName(), d.getValue());
        }
        audit.record(Type.SESSION_END, info.id(), info.peer(), info.transport(), f);
    }
}
