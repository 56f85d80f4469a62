package dev.peerdesk.protocol.backoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BruteForceGateTest {
    private static final long HOUR = 60L * 60 * 1000;

    /** Drives an attacker who tries again the very moment the gate allows it, on a virtual clock. */
    @Test
    void twentyFourConsecutiveFailuresTakeAtLeastSeventeenHours() {
        BruteForceGate gate = new BruteForceGate();
        long now = 0;
        for (int attempt = 1; attempt <= 24; attempt++) {
            BruteForceGate.Decision d = gate.check(now);
            if (!d.allowed()) {
                assertTrue(d.retryAt() > now);
                now = d.retryAt();
                assertTrue(gate.check(now).allowed());
            }
            gate.recordFailure(now);
        }
        assertTrue(now >= 17 * HOUR, "24 failures took only " + now + " ms");
    }

    @Test
    void eachFailureDoublesTheWait() {
        for (int n = 2; n <= 20; n++) {
            assertEquals(2 * BruteForceGate.waitAfter(n - 1), BruteForceGate.waitAfter(n));
        }
    }

    @Test
    void refusesDuringWindowFromAnySource() {
        BruteForceGate gate = new BruteForceGate();
        for (int i = 0; i < 10; i++) {
            gate.recordFailure(1000);
        }
        long wait = BruteForceGate.waitAfter(10);
        assertFalse(gate.check(1000 + wait - 1).allowed());
        assertEquals(1000 + wait, gate.check(1000).retryAt());
        assertTrue(gate.check(1000 + wait).allowed());
    }

    @Test
    void onlySuccessResets() {
        BruteForceGate gate = new BruteForceGate();
        gate.recordFailure(0);
        gate.recordFailure(0);
        assertEquals(2, gate.consecutiveFailures());
        assertFalse(gate.check(0).allowed());
        gate.recordSuccess();
        assertEquals(0, gate.consecutiveFailures());
        assertTrue(gate.check(0).allowed());
        assertEquals(BruteForceGate.waitAfter(1), gate.recordFailure(0));
    }

    @Test
    void waitNeverDecreasesNorLeavesTheCapForAnyFailureCount() {
        long previous = 0;
        for (int n = 1; n <= 200; n++) {
            long wait = BruteForceGate.waitAfter(n);
            assertTrue(wait >= previous && wait <= BruteForceGate.MAX_WAIT_MILLIS, "n=" + n + " wait=" + wait);
            previous = wait;
        }
        BruteForceGate gate = new BruteForceGate();
        for (int n = 1; n <= 200; n++) {
            gate.recordFailure(0);
            assertFalse(gate.check(0).allowed(), "open after " + n + " failures");
        }
    }

    @Test
    void waitIsCappedAndNeverOverflows() {
        assertEquals(BruteForceGate.MAX_WAIT_MILLIS, BruteForceGate.waitAfter(1000));
        assertEquals(BruteForceGate.MAX_WAIT_MILLIS, BruteForceGate.waitAfter(Integer.MAX_VALUE));
        assertEquals(0, BruteForceGate.waitAfter(0));
    }

    @Test
    void restoredStateKeepsTheWindow() {
        BruteForceGate a = new BruteForceGate();
        for (int i = 0; i < 5; i++) {
            a.recordFailure(0);
        }
        BruteForceGate b = new BruteForceGate(a.consecutiveFailures(), a.nextAttemptAt());
        assertEquals(a.check(1), b.check(1));
        assertEquals(BruteForceGate.waitAfter(6), b.recordFailure(0));
    }
}
