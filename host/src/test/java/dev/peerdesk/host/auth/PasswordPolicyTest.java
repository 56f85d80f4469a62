package dev.peerdesk.host.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.backoff.BruteForceGate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The host's password rules on a virtual clock: time is a number the test advances. */
class PasswordPolicyTest {
    private static final long HOUR = 3_600_000L;
    private final FakeVerifiers verifiers = new FakeVerifiers();

    private PasswordPolicy policy(Optional<StoredVerifier> permanent) {
        return new PasswordPolicy(new OneTimePasswords(new Random(42)), verifiers, permanent, new BruteForceGate());
    }

    /** An attacker retrying the instant the gate opens, from any number of sources. */
    @Test
    void twentyFourFailuresTakeAtLeastSeventeenHours() {
        PasswordPolicy p = policy(Optional.empty());
        long now = 0;
        for (int attempt = 1; attempt <= 24; attempt++) {
            Admission a = p.admit(now, PasswordKind.ONE_TIME);
            if (a instanceof Admission.Refused r) {
                assertEquals(Admission.Reason.BACKOFF, r.reason());
                now = r.retryAt();
                a = p.admit(now, PasswordKind.ONE_TIME);
            }
            assertInstanceOf(Admission.Admitted.class, a, "attempt " + attempt);
            p.recordFailure(now);
        }
        assertTrue(now >= 17 * HOUR, "24 failures took " + now / HOUR + " h");
        assertEquals(24, p.consecutiveFailures());
    }

    @Test
    void onlySuccessResetsTheWait() {
        PasswordPolicy p = policy(Optional.empty());
        long now = 0;
        for (int i = 0; i < 10; i++) {
            now = admitWhenOpen(p, now);
            p.recordFailure(now);
        }
        // Rotations (every 3 failures) and sessions ending do not reset the gate.
        p.sessionEnded();
        assertInstanceOf(Admission.Refused.class, p.admit(now, PasswordKind.ONE_TIME));
        now = admitWhenOpen(p, now);
        p.recordSuccess();
        assertEquals(0, p.consecutiveFailures());
        assertInstanceOf(Admission.Admitted.class, p.admit(now, PasswordKind.ONE_TIME));
        assertEquals(BruteForceGate.BASE_WAIT_MILLIS, p.recordFailure(now).waitMillis(),
                "after a success the doubling starts again from the base");
    }

    @Test
    void oneTimePasswordRotatesAfterThreeFailuresAndAfterEachSession() {
        PasswordPolicy p = policy(Optional.empty());
        String first = p.oneTimePassword();
        long now = 0;
        for (int i = 1; i <= 2; i++) {
            now = admitWhenOpen(p, now);
            assertFalse(p.recordFailure(now).rotated());
            assertEquals(first, p.oneTimePassword());
        }
        now = admitWhenOpen(p, now);
        assertTrue(p.recordFailure(now).rotated());
        String second = p.oneTimePassword();
        assertNotEquals(first, second);
        // The verifier the next attempt runs against is the new password's.
        Admission a = p.admit(admitWhenOpenTime(p, now), PasswordKind.ONE_TIME);
        assertEquals(second, FakeVerifiers.passwordOf(((Admission.Admitted) a).verifier()));
        p.recordSuccess();
        p.sessionEnded();
        assertNotEquals(second, p.oneTimePassword());
    }

    @Test
    void attemptsAreSerializedAndPermanentNeedsAPassword() {
        PasswordPolicy p = policy(Optional.empty());
        assertInstanceOf(Admission.Admitted.class, p.admit(0, PasswordKind.ONE_TIME));
        Admission busy = p.admit(0, PasswordKind.ONE_TIME);
        assertEquals(Admission.Reason.BUSY, ((Admission.Refused) busy).reason());
        p.abandon();
        Admission none = p.admit(0, PasswordKind.PERMANENT);
        assertEquals(Admission.Reason.NO_PERMANENT_PASSWORD, ((Admission.Refused) none).reason());
        assertThrows(IllegalStateException.class, p::recordSuccess);

        StoredVerifier perm = new FakeVerifiers().create("unattended".toCharArray());
        PasswordPolicy q = policy(Optional.of(perm));
        assertEquals(perm, ((Admission.Admitted) q.admit(0, PasswordKind.PERMANENT)).verifier());
    }

    @Test
    void oneTimePasswordsAreUnambiguousAndVaried() {
        OneTimePasswords g = new OneTimePasswords(new Random(7));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String s = g.next();
            assertEquals(OneTimePasswords.LENGTH, s.length());
            assertTrue(s.chars().allMatch(c -> OneTimePasswords.ALPHABET.indexOf(c) >= 0), s);
            seen.add(s);
        }
        assertEquals(1000, seen.size());
        assertFalse(OneTimePasswords.ALPHABET.matches(".*[01ilo].*"));
    }

    private static long admitWhenOpenTime(PasswordPolicy p, long now) {
        Admission a = p.admit(now, PasswordKind.ONE_TIME);
        if (a instanceof Admission.Admitted) {
            p.abandon();
            return now;
        }
        return ((Admission.Refused) a).retryAt();
    }

    /** Waits (virtually) for the gate and starts an attempt; returns the time it started. */
    private static long admitWhenOpen(PasswordPolicy p, long now) {
        long t = admitWhenOpenTime(p, now);
        assertInstanceOf(Admission.Admitted.class, p.admit(t, PasswordKind.ONE_TIME));
        return t;
    }
}
