package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real viewer page from the real signaling server, no host: the page boots with the master
 * key the server embedded, speaks to /ws/viewer, verifies the server's signed refusal with
 * WebCrypto Ed25519 and words it for a person.
 */
class ViewerPageTest {
    @Test
    void unknownComputerIsExplainedAfterLookingItUp() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        Assumptions.assumeTrue(Files.exists(Signaling.JAR), "needs the signaling-server jar built by the reactor");
        try (Signaling server = new Signaling(false); Browser browser = new Browser()) {
            browser.open(server.url());
            browser.connect("123456789", "some password");
            assertEquals("failed", browser.awaitStage(Duration.ofSeconds(30), "failed", "connected"));
            assertTrue(browser.body("data-error").startsWith("No computer has this ID"), browser.body("data-error"));
            List<String> lines = browser.consoleLines();
            assertTrue(lines.contains("stage looking-up"), lines.toString());
            assertTrue(lines.contains("refused unknown-id"), lines.toString());
            assertTrue(lines.indexOf("stage looking-up") < lines.indexOf("stage failed"), lines.toString());
        }
    }
}
