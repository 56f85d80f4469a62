package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Clipboard text between the host's X display and the browser, through the real viewer page:
 * set on the Xvfb display with xclip, it lands in the browser's clipboard through
 * {@code navigator.clipboard.writeText} (or, where the browser refuses, through the button's click);
 * pasted into the canvas with Ctrl+V, it lands on the X
 * clipboard ({@code xclip -o}); and a host without the clipboard permission moves neither way.
 */
class ClipboardTest {
    static final Duration WAIT = SessionTest.WAIT;
    static final String XCLIP = "/usr/bin/xclip";

    @Test
    void textMovesBothWaysAndNeverBouncesBack() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(XCLIP)), "needs xclip (Debian package xclip)");
        try (Rig rig = Rig.start(false, false); Browser b = new Browser()) {
            grantClipboard(b, rig.server.url());
            SessionTest.connected(b, rig.server.url(), rig.desk);
            canvasFocused(b);
            rig.desk.host().await("clipboard sync on \\(XFIXES", WAIT);

            String fromHost = "from the computer: grüße ✓ " + System.nanoTime();
            try (Proc owner = hostClipboard(rig.desk, fromHost)) {
                b.await(WAIT, () -> fromHost.equals(browserClipboard(b)));
                assertEquals("written " + fromHost.length(), b.body("data-clipboard-in"),
                        "written through navigator.clipboard.writeText, not offered through the button");
            }

            String fromViewer = "from the browser: ½ € ✓ " + System.nanoTime();
            paste(b, fromViewer);
            b.await(WAIT, () -> fromViewer.equals(hostClipboardText(rig.desk)));
            rig.desk.app.await("typed \u0016", WAIT); // the Ctrl+V itself still reached the app

            // Reading is granted here: coming back to the canvas brings what was copied meanwhile.
            String onFocus = "copied while away " + System.nanoTime();
            b.js("document.getElementById('disconnect').focus();");
            writeBrowserClipboard(b, onFocus);
            b.js("document.getElementById('screen').focus();");
            b.await(WAIT, () -> onFocus.equals(hostClipboardText(rig.desk)));

            String again = "copied on the computer again " + System.nanoTime();
            try (Proc owner = hostClipboard(rig.desk, again)) {
                b.await(WAIT, () -> again.equals(browserClipboard(b)));
            }

            // The browser refuses the write (page not focused, permission withheld): the button
            // offers the text, and its click, a user gesture, writes it.
            b.js("var original = navigator.clipboard.writeText.bind(navigator.clipboard);"
                    + " navigator.clipboard.writeText = function(t) { navigator.clipboard.writeText = original;"
                    + " return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')); };");
            String offered = "offered by a button " + System.nanoTime();
            try (Proc owner = hostClipboard(rig.desk, offered)) {
                b.await(WAIT, () -> ("offered " + offered.length()).equals(b.body("data-clipboard-in")));
                var button = b.driver.findElement(By.id("clipboard-offer"));
                assertTrue(button.isDisplayed());
                assertEquals(again, browserClipboard(b), "nothing written before the click");
                button.click();
                b.await(WAIT, () -> offered.equals(browserClipboard(b)));
                b.await(WAIT, () -> !button.isDisplayed());
            }

            // Each text crossed once: the one we set on either side was never sent back.
            List<String> lines = b.consoleLines();
            assertEquals(List.of("clipboard written " + fromHost.length(), "clipboard written " + again.length(),
                    "clipboard written " + offered.length() + " on click"),
                    lines.stream().filter(l -> l.startsWith("clipboard written")).toList(), lines.toString());
            assertEquals(List.of("clipboard sent " + fromViewer.length(), "clipboard sent " + onFocus.length()),
                    lines.stream().filter(l -> l.startsWith("clipboard sent")).toList(), lines.toString());
        }
    }

    @Test
    void aHostWithoutTheClipboardPermissionMovesNeitherWay() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(XCLIP)), "needs xclip (Debian package xclip)");
        try (Rig rig = Rig.start(false, false, "--permissions", "view,control"); Browser b = new Browser()) {
            grantClipboard(b, rig.server.url());
            SessionTest.connected(b, rig.server.url(), rig.desk);
            canvasFocused(b);
            String onHost = "stays on the computer " + System.nanoTime();
            try (Proc owner = hostClipboard(rig.desk, onHost)) {
                int from = rig.desk.app.lineCount();
                paste(b, "stays in the browser " + System.nanoTime());
                // The Ctrl+V keys follow the text on the ordered control channel: once the app has
                // them, the host has handled (and refused) the text.
                b.await(WAIT, () -> rig.desk.app.linesFrom(from).contains("typed \u0016"));
                assertEquals(onHost, hostClipboardText(rig.desk));
                Path audit = rig.desk.data.resolve("host").resolve("audit.jsonl");
                b.await(WAIT, () -> read(audit).contains("\"permission\":\"clipboard\""));
                assertTrue(read(audit).contains("permission_denied"), read(audit));
                List<String> lines = b.consoleLines();
                assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("clipboard written")).toList(),
                        lines.toString());
                assertFalse(rig.desk.host().output().contains("clipboard sync"), "no clipboard thread at all");
            }
        }
    }

    /** Chromium's clipboard permissions for the viewer's origin, as a person's "allow" would give. */
    static void grantClipboard(Browser b, String url) {
        java.net.URI u = java.net.URI.create(url);
        String origin = u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
        b.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    static void canvasFocused(Browser b) {
        b.await(WAIT, () -> "screen".equals(b.js("return document.activeElement && document.activeElement.id;")));
    }

    /** The browser's clipboard text as the page reads it (the test's own read, not the viewer's). */
    static String browserClipboard(Browser b) {
        Object v = b.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(function(t) { done(t); }, function(e) { done('ERROR ' + e); });");
        return String.valueOf(v);
    }

    /** Puts text on the browser's clipboard (as copying elsewhere would), then presses Ctrl+V in the canvas. */
    static void paste(Browser b, String text) {
        writeBrowserClipboard(b, text);
        canvasFocused(b);
        new Actions(b.driver).keyDown(b.driver.findElement(By.id("screen")), Keys.CONTROL).sendKeys("v")
                .keyUp(Keys.CONTROL).perform();
    }

    static void writeBrowserClipboard(Browser b, String text) {
        Object r = b.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " navigator.clipboard.writeText(arguments[0]).then(function() { done('ok'); },"
                + " function(e) { done('ERROR ' + e); });", text);
        assertEquals("ok", r);
    }

    /** xclip owns the X clipboard with {@code text} until it is closed or another owner takes over. */
    static Proc hostClipboard(Desk desk, String text) throws Exception {
        Path file = Files.createTempFile(desk.data, "clip-", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Proc p = new Proc("xclip", List.of(XCLIP, "-quiet", "-selection", "clipboard", "-i", file.toString()), null,
                Map.of("DISPLAY", desk.display));
        try {
            // Owning the selection is one X request; reading it back proves xclip got there.
            long end = System.nanoTime() + WAIT.toNanos();
            while (!text.equals(hostClipboardText(desk)) && System.nanoTime() < end) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertEquals(text, hostClipboardText(desk), "xclip did not take the X clipboard");
            return p;
        } catch (Throwable t) {
            p.close();
            throw t;
        }
    }

    /** The X clipboard's text on the desk's display, or null when nobody offers text. */
    static String hostClipboardText(Desk desk) {
        Path out = null;
        try {
            out = Files.createTempFile(desk.data, "xclip-out-", ".txt");
            ProcessBuilder pb = new ProcessBuilder(XCLIP, "-o", "-selection", "clipboard", "-t", "UTF8_STRING")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out.toFile());
            pb.environment().put("DISPLAY", desk.display);
            Process p = pb.start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return null; // the owner never answered
            }
            return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
        } catch (Exception e) {
            return null;
        } finally {
            if (out != null) {
                out.toFile().delete();
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
