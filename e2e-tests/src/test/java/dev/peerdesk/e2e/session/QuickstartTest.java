package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's first command: scripts/quickstart (on free ports, a temp data folder and no
 * $DISPLAY, so it starts its own Xvfb) prints a viewer URL, an ID and a password that open a working
 * session in headless Chromium; stopping it stops every process it started.
 */
class QuickstartTest {
    private static final Duration START = Duration.ofMinutes(3);

    private static String log(Path data, String name) {
        try {
            return Files.readString(data.resolve(name));
        } catch (java.io.IOException e) {
            return "(" + e + ")";
        }
    }

    @Test
    void printedUrlIdAndPasswordOpenASessionAndStoppingItStopsEverything() throws Exception {
        Rig.assumeParts();
        Path data = Files.createTempDirectory("peerdesk-quickstart-");
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<ProcessHandle> started;
        Proc quickstart = new Proc("quickstart", List.of("bash", root.resolve("scripts/quickstart").toString()), root,
                Map.of("PEERDESK_PORT", "0", "PEERDESK_TURN_PORT", "0", "PEERDESK_DATA", data.toString(),
                        "DISPLAY", ""));
        try {
            String url = quickstart.await("Viewer:\\s+(https://\\S+)", START);
            String id = quickstart.await("ID:\\s+(\\d{9})", START);
            String password = quickstart.await("Password:\\s+(\\S+)", START);
            started = ProcessHandle.of(quickstart.pid()).orElseThrow().descendants().toList();
            assertTrue(started.size() >= 4, () -> "relay, signaling, Xvfb and host expected: " + started);
            try (Browser b = new Browser()) {
                b.open(url);
                b.connect(id, password);
                assertEquals("connected", b.awaitStage(SessionTest.WAIT, "connected", "failed"),
                        () -> "error: " + b.body("data-error") + "\nviewer: " + b.consoleLines()
                                + "\nquickstart:\n" + quickstart.output() + "\nhost log:\n" + log(data, "host.log")
                                + "\nsignaling log:\n" + log(data, "signaling.log"));
                b.await(SessionTest.WAIT, () -> b.frames() > 0);
                // Xvfb's screen as quickstart made it, 1280x800, is what the canvas shows.
                assertEquals(1280L, ((Number) b.js("return document.getElementById('screen').width;")).longValue());
            }
        } finally {
            quickstart.close();
            Browser.delete(data);
        }
        for (ProcessHandle p : started) {
            p.onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
            assertTrue(!p.isAlive(), () -> "still running after quickstart stopped: " + p.pid() + " " + p.info());
        }
    }
}
