package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The HTTPS tunnel of last resort with the real viewer page, host jar and signaling jar: the
 * session (SRP, then sealed records) runs over WebSockets through the signaling server, which
 * pairs the two tunnel sockets and forwards their frames unread.
 */
class TunnelTest {
    @Test
    void forcedTunnelCarriesTheSessionAndTheOverlaySaysTunnelled() throws Exception {
        try (Rig rig = Rig.start(false, false); Browser b = new Browser()) {
            connected(b, rig, "?tunnel=force");
            SessionTest.showsPattern(b, 0x202020);
            assertTunnelled(b, rig);
        }
    }

    /** No ICE path at all (relay-only candidates, and this server hands out no relay): the fallback. */
    @Test
    void withNoIcePathTheViewerFallsBackToTheTunnel() throws Exception {
        try (Rig rig = Rig.start(false, false); Browser b = new Browser()) {
            connected(b, rig, "?relay=1");
            SessionTest.showsPattern(b, 0x202020);
            assertTunnelled(b, rig);
            assertTrue(b.consoleLines().stream().anyMatch(l -> l.contains("tunnel requested")),
                    () -> String.valueOf(b.consoleLines()));
        }
    }

    /** Connects; a failure also shows both audit logs (the host's says why a session ended). */
    private static void connected(Browser b, Rig rig, String query) throws Exception {
        try {
            SessionTest.connected(b, rig.server.url() + query, rig.desk);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nsignaling audit:\n" + read(rig.server.data.resolve("d"))
                    + "\nhost audit:\n" + read(rig.desk.data.resolve("host")), e);
        }
    }

    private static String read(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    private static void assertTunnelled(Browser b, Rig rig) throws Exception {
        assertEquals("tunnelled", b.await(SessionTest.WAIT, () -> {
            String p = b.body("data-path");
            return p == null || p.isEmpty() ? null : p;
        }));
        assertTrue(b.driver.findElement(By.id("overlay")).getText().startsWith("tunnelled"),
                () -> b.driver.findElement(By.id("overlay")).getText());
        Path audit = rig.server.data.resolve("d").resolve("audit.jsonl");
        String log = Files.readString(audit);
        assertTrue(log.contains("\"event\":\"tunnel-open\""), log);
    }
}
