package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * Case 4: a wrong password is told as such; repeated ones run into the host's brute-force backoff
 * (mirrored by the server's gate), and the page shows the wait before the next try is accepted.
 */
class WrongPasswordTest {
    @Test
    void wrongPasswordThenTheWaitIsShownAndEnforced() throws Exception {
        try (Rig rig = Rig.start(false, false); Browser b = new Browser()) {
            b.open(rig.server.url());
            b.connect(rig.desk.id, "wrong-password");
            assertEquals("failed", b.awaitStage(SessionTest.WAIT, "failed", "connected"));
            assertTrue(b.body("data-error").startsWith("Wrong password"), b.body("data-error"));
            // The wait doubles per failure (8 ms, 16 ms, ...): keep failing until the page shows one.
            String error = "";
            for (int i = 0; i < 20 && !error.contains("accepts the next try in"); i++) {
                b.connect(rig.desk.id, "wrong-password");
                b.awaitStage(SessionTest.WAIT, "failed", "connected");
                error = b.body("data-error");
            }
            assertTrue(error.startsWith("Too many wrong passwords were tried on this computer. It accepts the next try in"),
                    error);
            // In force: even the right password is refused now, without reaching the host.
            b.connect(rig.desk.id, rig.desk.password());
            assertEquals("failed", b.awaitStage(SessionTest.WAIT, "failed", "connected"));
            assertTrue(b.body("data-error").startsWith("Too many wrong passwords"), b.body("data-error"));
        }
    }
}
