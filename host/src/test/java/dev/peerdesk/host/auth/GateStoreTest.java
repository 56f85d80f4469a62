package dev.peerdesk.host.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.protocol.backoff.BruteForceGate;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateStoreTest {
    @TempDir
    Path tmp;

    @Test
    void aRestartDoesNotResetTheBackoff() throws Exception {
        GateStore store = new GateStore(DataDir.open(tmp, Map.of()));
        long now = 1_700_000_000_000L;
        PasswordPolicy before = new PasswordPolicy(new OneTimePasswords(new Random(1)), new FakeVerifiers(),
                Optional.empty(), store.load(now));
        for (int i = 0; i < 12; i++) {
            Admission a = before.admit(now, PasswordKind.ONE_TIME);
            if (a instanceof Admission.Refused r) {
                now = r.retryAt();
                a = before.admit(now, PasswordKind.ONE_TIME);
            }
            assertInstanceOf(Admission.Admitted.class, a);
            before.recordFailure(now);
            store.save(before.gate());
        }
        long reopens = before.gate().nextAttemptAt();

        PasswordPolicy after = new PasswordPolicy(new OneTimePasswords(new Random(2)), new FakeVerifiers(),
                Optional.empty(), store.load(now));
        assertEquals(12, after.consecutiveFailures());
        Admission.Refused r = (Admission.Refused) after.admit(now, PasswordKind.ONE_TIME);
        assertEquals(reopens, r.retryAt());
        after.admit(reopens, PasswordKind.ONE_TIME);
        after.recordSuccess();
        store.save(after.gate());
        assertEquals(0, store.load(reopens).consecutiveFailures());
    }

    @Test
    void aDamagedFileFailsClosed() throws Exception {
        DataDir dir = DataDir.open(tmp, Map.of());
        dir.writePrivate(GateStore.FILE, "garbage".getBytes());
        BruteForceGate g = new GateStore(dir).load(1000);
        assertFalse(g.check(1000).allowed());
        assertTrue(g.check(1000 + BruteForceGate.MAX_WAIT_MILLIS).allowed());
    }
}
