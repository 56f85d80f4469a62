package dev.peerdesk.host.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.audit.AuditEvent.Transport;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.audit.AuditSink;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputInjector;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionGuardTest {
    private final List<AuditEvent> audited = new ArrayList<>();
    private final List<InputEvent> injected = new ArrayList<>();
    private int releases;

    private final InputInjector injector = new InputInjector() {
        @Override public void inject(InputEvent event) { injected.add(event); }
        @Override public void releaseAll() { releases++; }
        @Override public void close() {}
    };

    private SessionGuard guard(Set<Permission> permissions) {
        AuditSink sink = new AuditSink() {
            @Override public void write(AuditEvent e) { audited.add(e); }
            @Override public void close() {}
        };
        AuditLog log = new AuditLog(InstantSource.fixed(Instant.EPOCH), List.of(sink), System.err);
        return new SessionGuard(new SessionInfo("s1", "203.0.113.9:5000", Transport.RELAY, permissions, 1000), injector, log);
    }

    @Test
    void viewOnlyInputIsDroppedAndAuditedOnceThenCounted() {
        SessionGuard g = guard(Permission.VIEW_ONLY);
        for (int i = 0; i < 50; i++) {
            assertFalse(g.input(new InputEvent.PointerMove(i, i)));
        }
        assertFalse(g.input(new InputEvent.Key("KeyA", "a", true)));
        assertFalse(g.input(new InputEvent.Special(InputEvent.Action.CTRL_ALT_DEL)));
        assertEquals(List.of(), injected);
        assertEquals(1, audited.size());
        AuditEvent denial = audited.get(0);
        assertEquals(AuditEvent.Type.PERMISSION_DENIED, denial.type());
        assertEquals("control", denial.fields().get("permission"));
        assertEquals("203.0.113.9:5000", denial.peer());

        g.end(61_000, "viewer closed");
        AuditEvent end = audited.get(1);
        assertEquals(AuditEvent.Type.SESSION_END, end.type());
        assertEquals(60_000L, end.fields().get("duration_ms"));
        assertEquals(52L, end.fields().get("denied_control"));
        assertEquals(1, releases);
        g.end(70_000, "again");
        assertEquals(2, audited.size(), "one session end only");
    }

    @Test
    void controlSessionInjectsButClipboardAndFilesNeedTheirOwnPermission() {
        SessionGuard g = guard(EnumSet.of(Permission.VIEW, Permission.CONTROL));
        assertTrue(g.input(new InputEvent.PointerButton(1, true)));
        assertEquals(List.of(new InputEvent.PointerButton(1, true)), injected);
        assertFalse(g.allow(Permission.CLIPBOARD, "paste to host"));
        assertFalse(g.allow(Permission.FILES, "upload"));
        assertEquals(2, audited.size());
        g.end(2000, "done");
        assertFalse(g.input(new InputEvent.PointerButton(1, false)), "nothing after the end");
    }

    @Test
    void permissionListsParse() {
        assertEquals(EnumSet.of(Permission.VIEW, Permission.CLIPBOARD), Permission.parseList("view, clipboard"));
        assertEquals(Permission.ALL, Permission.parseList("view,control,clipboard,files"));
        assertThrows(IllegalArgumentException.class, () -> Permission.parseList("view,root"));
        assertThrows(IllegalArgumentException.class, () -> Permission.parseList("control"));
        assertThrows(IllegalArgumentException.class, () -> Permission.parseList(" , "));
    }
}
