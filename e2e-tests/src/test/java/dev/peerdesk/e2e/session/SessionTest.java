package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * Through the real viewer page in headless Chromium, against the real signaling server and the
 * real host jar on a private Xvfb showing {@link PatternApp}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    private Rig rig;
    private Desk desk;

    @BeforeAll
    void start() throws Exception {
        rig = Rig.start(false, false);
        desk = rig.desk;
    }

    private int passwordsBefore;

    @org.junit.jupiter.api.BeforeEach
    void countPasswords() {
        passwordsBefore = desk.host().count("^One-time password: ");
    }

    /** A session rotates the one-time password: the next test must use the new one. */
    @org.junit.jupiter.api.AfterEach
    void awaitRotation() throws Exception {
        desk.awaitPasswordAfter(passwordsBefore);
    }

    @AfterAll
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    private void connected(Browser b) throws Exception {
        connected(b, rig.server.url(), desk);
    }

    /** Opens the page, connects with the desk's current one-time password, waits for the first frame. */
    static void connected(Browser b, String url, Desk desk) throws Exception {
        b.open(url);
        b.connect(desk.id, desk.password());
        assertEquals("connected", b.awaitStage(WAIT, "connected", "failed"), () -> "error: " + b.body("data-error")
                + "\nviewer: " + b.consoleLines() + "\nhost:\n" + desk.host().output());
        b.await(WAIT, () -> b.frames() > 0);
    }

    static void showsPattern(Browser b, int band) {
        int w = Desk.WIDTH;
        int h = Desk.HEIGHT;
        b.await(WAIT, () -> b.pixel(w / 4, h / 4) == PatternApp.TOP_LEFT
                && b.pixel(3 * w / 4, h / 4) == PatternApp.TOP_RIGHT
                && b.pixel(w / 4, 3 * h / 4) == PatternApp.BOTTOM_LEFT
                && b.pixel(3 * w / 4, 3 * h / 4) == PatternApp.BOTTOM_RIGHT
                && b.pixel(w / 2, h / 2) == band);
    }

    @Test
    void passwordOpensTheScreenStagesInOrder() throws Exception {
        try (Browser b = new Browser()) {
            connected(b);
            showsPattern(b, 0x202020);
            List<String> lines = b.consoleLines();
            int a = lines.indexOf("stage looking-up");
            int n = lines.indexOf("stage negotiating");
            int au = lines.indexOf("stage authenticating");
            int c = lines.indexOf("stage connected");
            assertTrue(a >= 0 && a < n && n < au && au < c, lines.toString());
        }
    }

    @Test
    void typedTextAndClickReachTheApp() throws Exception {
        try (Browser b = new Browser()) {
            connected(b);
            int from = desk.app.lineCount();
            // Click at the remote point (100, 50) of the canvas (scaled to fit: map through its box).
            var canvas = b.driver.findElement(By.id("screen"));
            var rect = canvas.getRect();
            int cx = (int) Math.round(100.0 * rect.getWidth() / Desk.WIDTH - rect.getWidth() / 2.0);
            int cy = (int) Math.round(50.0 * rect.getHeight() / Desk.HEIGHT - rect.getHeight() / 2.0);
            new Actions(b.driver).moveToElement(canvas, cx, cy).click().perform();
            desk.app.await("click \\d+ \\d+ 1", WAIT);
            canvas.sendKeys("Hello, e2e!");
            b.await(WAIT, () -> typed(desk.app.linesFrom(from)).equals("Hello, e2e!"));
            List<String> clicks = desk.app.linesFrom(from).stream().filter(l -> l.startsWith("click")).toList();
            assertEquals(1, clicks.size(), clicks.toString());
            String[] f = clicks.get(0).split(" ");
            assertTrue(Math.abs(Integer.parseInt(f[1]) - 100) <= 2 && Math.abs(Integer.parseInt(f[2]) - 50) <= 2,
                    clicks.toString());
        }
    }

    private static String typed(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            if (l.startsWith("typed ")) {
                s.append(l.substring(6));
            }
        }
        return s.toString();
    }

    @Test
    void canvasFollowsTheHostScreen() throws Exception {
        try (Browser b = new Browser()) {
            connected(b);
            showsPattern(b, 0x202020);
            desk.app.write("band 11aa77");
            showsPattern(b, 0x11aa77);
            desk.app.write("band 202020");
            showsPattern(b, 0x202020);
        }
    }
}
