package dev.peerdesk.host.x11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.capture.RobotProbe;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The java.awt.Robot fallback, run in a child JVM on a private Xvfb: capture and input both work. */
class RobotFallbackTest {
    private static XvfbServer xvfb;

    @BeforeAll
    static void start() throws Exception {
        xvfb = XvfbServer.start(400, 300);
    }

    @AfterAll
    static void stop() throws Exception {
        if (xvfb != null) {
            xvfb.close();
        }
    }

    private static List<String> probe(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"), RobotProbe.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", xvfb.display);
        Process p = pb.start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe did not finish");
            assertEquals(0, p.exitValue(), out);
            return out.lines().toList();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void robotCapturesWhatWasDrawn() throws Exception {
        try (XDraw draw = new XDraw(xvfb.display)) {
            draw.fill(0x000000, 0, 0, 400, 300);
            draw.fill(0xa1b2c3, 50, 60, 10, 10);
        }
        List<String> out = probe("55", "65", "49", "65", "399", "299");
        assertTrue(out.contains("MONITOR 400 300"), out.toString());
        assertTrue(out.contains("PIXEL 55 65 a1b2c3"), out.toString());
        assertTrue(out.contains("PIXEL 49 65 000000"), out.toString());
        assertTrue(out.contains("PIXEL 399 299 000000"), out.toString());
    }

    @Test
    void robotInputReachesAnXClient() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/xev").canExecute(), "xev (x11-utils) is not installed");
        try (XevRecorder xev = new XevRecorder(xvfb.display)) {
            xev.awaitInputReady(xvfb.display);
            int from = xev.size();
            probe("input");
            xev.await(from, e -> e.type().equals("ButtonPress") && e.button() == 3, "right click");
            int z = xev.await(from, e -> e.type().equals("KeyPress") && e.keysym() == 'Z', "Shift+Z");
            assertEquals(1, xev.since(z).get(0).state() & 1);
            xev.await(from, e -> e.type().equals("ButtonPress") && e.button() == 5, "wheel down");
        }
    }
}
