package dev.peerdesk.host.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.audit.AuditEvent.Transport;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.audit.AuditSink;
import dev.peerdesk.host.auth.Admission;
import dev.peerdesk.host.auth.OneTimePasswords;
import dev.peerdesk.host.auth.PasswordKind;
import dev.peerdesk.host.auth.PasswordPolicy;
import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputInjector;
import dev.peerdesk.protocol.backoff.BruteForceGate;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A host's session lifecycle as the runtime will drive it, and the audit trail it leaves. */
class SessionRegistryTest {
    private final List<AuditEvent> audited = new ArrayList<>();
    private int gateSaves;
    private final PasswordPolicy passwords = new PasswordPolicy(new OneTimePasswords(new Random(3)),
            pw -> new StoredVerifier("test", new byte[] {1}, new String(pw).getBytes()), Optional.empty(),
            new BruteForceGate());
    private final InputInjector noInput = new InputInjector() {
        @Override public void inject(InputEvent event) {}
        @Override public void releaseAll() {}
        @Override public void close() {}
    };

    private SessionRegistry registry(int max) {
        AuditSink sink = new AuditSink() {
            @Override public void write(AuditEvent e) { audited.add(e); }
            @Override public void close() {}
        };
        return new SessionRegistry(max, Permission.VIEW_ONLY, passwords,
                new AuditLog(InstantSource.fixed(Instant.EPOCH), List.of(sink), System.err), p -> gateSaves++);
    }

    private List<AuditEvent.Type> types() {
        return audited.stream().map(AuditEvent::type).toList();
    }

    @Test
    void failThenSucceedThenEndLeavesACompleteTrail() {
        SessionRegistry r = registry(1);
        String otp = passwords.oneTimePassword();
        assertEquals(SessionRegistry.Connect.ACCEPTED, r.connect("s1", "203.0.113.1:4000", Transport.DIRECT, 0));
        assertInstanceOf(Admission.Admitted.class, r.beginAuth("s1", PasswordKind.ONE_TIME, 0));
        PasswordPolicy.FailureOutcome o = r.authFailed("s1", 10);
        assertEquals(1, o.consecutiveFailures());
        Admission early = r.beginAuth("s1", PasswordKind.ONE_TIME, 11);
        assertInstanceOf(Admission.Refused.class, early, "the gate holds the retry back");
        assertInstanceOf(Admission.Admitted.class, r.beginAuth("s1", PasswordKind.ONE_TIME, 10 + o.waitMillis()));
        SessionGuard g = r.authOk("s1", noInput, 100);
        assertEquals(2, gateSaves, "gate persisted after each result");
        assertFalse(g.input(new InputEvent.PointerMove(1, 1)), "view-only host");
        r.ended("s1", 5100, "viewer closed");
        assertNotEquals(otp, passwords.oneTimePassword(), "one-time password rotated after the session");
        assertEquals(List.of(AuditEvent.Type.CONNECT, AuditEvent.Type.AUTH_FAIL, AuditEvent.Type.AUTH_REFUSED,
                AuditEvent.Type.AUTH_OK, AuditEvent.Type.PERMISSION_DENIED, AuditEvent.Type.SESSION_END), types());
        AuditEvent end = audited.get(audited.size() - 1);
        assertEquals(5000L, end.fields().get("duration_ms"));
        assertEquals(Transport.DIRECT, end.transport());
        assertEquals("view", audited.get(3).fields().get("permissions"));
    }

    @Test
    void secondViewerIsRefusedWhileTheFirstIsConnected() {
        SessionRegistry r = registry(1);
        r.connect("a", "p1", Transport.RELAY, 0);
        assertEquals(SessionRegistry.Connect.REFUSED_SESSION_LIMIT, r.connect("b", "p2", Transport.RELAY, 0));
        assertTrue(audited.get(1).fields().get("result").toString().contains("session limit"));
        r.ended("a", 50, "transport closed");
        assertEquals(SessionRegistry.Connect.ACCEPTED, r.connect("b", "p2", Transport.RELAY, 60));
    }

    @Test
    void abandonedAttemptFreesTheGateWithoutAFailure() {
        SessionRegistry r = registry(2);
        r.connect("a", "p1", Transport.DIRECT, 0);
        r.connect("b", "p2", Transport.DIRECT, 0);
        assertInstanceOf(Admission.Admitted.class, r.beginAuth("a", PasswordKind.ONE_TIME, 0));
        Admission busy = r.beginAuth("b", PasswordKind.ONE_TIME, 0);
        assertEquals(Admission.Reason.BUSY, ((Admission.Refused) busy).reason());
        r.ended("a", 5, "viewer left during SRP");
        assertInstanceOf(Admission.Admitted.class, r.beginAuth("b", PasswordKind.ONE_TIME, 5));
        assertEquals(0, passwords.consecutiveFailures());
    }
}
