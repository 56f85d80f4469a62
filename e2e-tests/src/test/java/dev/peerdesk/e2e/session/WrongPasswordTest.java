package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * Case 4: a wrong password is told as such; repeated ones run into the host's brute-force backoff
 * (mirrored by the server's gate), and the page shows the wait before the next try is accepted.
 */
class WrongPasswordTest {
    private static final java.util.regex.Pattern WAIT = java.util.regex.Pattern.compile(
            "accepts the next try in (?:about \\d+ (?:minutes|hours|days)|(\\d+) seconds?)");

    static boolean longWait(String error) {
        java.util.regex.Matcher m = WAIT.matcher(error);
        return m.find() && (m.group(1) == null || Integer.parseInt(m.group(1)) >= 8);
    }

    @Test
    void wrongPasswordThenTheWaitIsShownAndEnforced() throws Exception {
        try (Rig rig = Rig.start(false, false); Browser b = new Browser()) {
            b.open(rig.server.url());
            b.connect(rig.desk.id, "wrong-password");
            assertEquals("failed", b.awaitStage(SessionTest.WAIT, "failed", "connected"));
            assertTrue(b.body("data-error").startsWith("Wrong password"), b.body("data-error"));
            // The wait doubles per failure (8 ms, 16 ms, ...): keep trying until the page shows one
            // long enough (8 s or more) that it is surely still running when the right password comes.
            // Tries inside a running wait are refused by the server at once, so this is bounded by time.
            String error = "";
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
            while (!longWait(error) && System.nanoTime() < end) {
                java.util.regex.Matcher shown = WAIT.matcher(error);
                if (shown.find() && shown.group(1) != null) {
                    // A short wait is running: trying inside it is refused without an attempt, so
                    // let it pass (a deadline the page announced, not an event to await).
                    Thread.sleep(Integer.parseInt(shown.group(1)) * 1000L);
                }
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
