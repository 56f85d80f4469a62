package dev.peerdesk.host.x11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputEvent.Key;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** XTEST input reaches a real X client (xev) with the right keysyms, modifier state, buttons and wheel. */
class X11InjectorTest {
    private static final int SHIFT = 0x1;
    private static final int CONTROL = 0x4;
    private static final int MOD1 = 0x8; // Alt
    private static XvfbServer xvfb;
    private static XevRecorder xev;
    private static X11Injector injector;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/xev").canExecute(), "xev (x11-utils) is not installed");
        xvfb = XvfbServer.start(800, 600);
        xev = new XevRecorder(xvfb.display);
        // The pointer goes into xev's window; with no window manager, focus follows it.
        xev.awaitInputReady(xvfb.display);
        injector = new X11Injector(xvfb.display, new Monitor(0, "screen", 0, 0, 800, 600, true));
    }

    @AfterAll
    static void stop() throws Exception {
        if (injector != null) {
            injector.close();
        }
        if (xev != null) {
            xev.close();
        }
        if (xvfb != null) {
            xvfb.close();
        }
    }

    private static void press(String code, String key) {
        injector.inject(new Key(code, key, true));
    }

    private static void release(String code, String key) {
        injector.inject(new Key(code, key, false));
    }

    private static XevRecorder.XEvent keyPress(int from, long keysym) throws InterruptedException {
        int i = xev.await(from, e -> e.type().equals("KeyPress") && e.keysym() == keysym,
                "KeyPress of keysym 0x" + Long.toHexString(keysym));
        return xev.since(i).get(0);
    }

    @Test
    void clicksAndButtons() throws Exception {
        int from = xev.size();
        injector.inject(new InputEvent.PointerMove(50, 60));
        for (int b : new int[] {1, 2, 3}) {
            injector.inject(new InputEvent.PointerButton(b, true));
            injector.inject(new InputEvent.PointerButton(b, false));
        }
        int i = xev.await(from, e -> e.type().equals("ButtonRelease") && e.button() == 3, "right click");
        List<Integer> presses = xev.since(from).subList(0, i - from + 1).stream()
                .filter(e -> e.type().equals("ButtonPress")).map(XevRecorder.XEvent::button).toList();
        assertEquals(List.of(1, 2, 3), presses);
    }

    @Test
    void wheelIsButtonsFourToSeven() throws Exception {
        int from = xev.size();
        injector.inject(new InputEvent.Wheel(0, 2));
        injector.inject(new InputEvent.Wheel(0, -1));
        injector.inject(new InputEvent.Wheel(1, 0));
        int i = xev.await(from, e -> e.type().equals("ButtonRelease") && e.button() == 7, "wheel right");
        List<Integer> presses = xev.since(from).subList(0, i - from + 1).stream()
                .filter(e -> e.type().equals("ButtonPress")).map(XevRecorder.XEvent::button).toList();
        assertEquals(List.of(5, 5, 4, 7), presses);
    }

    @Test
    void shiftedLetterAndControlCombination() throws Exception {
        int from = xev.size();
        press("ShiftLeft", "Shift");
        press("KeyA", "A");
        release("KeyA", "A");
        release("ShiftLeft", "Shift");
        assertEquals(SHIFT, keyPress(from, 'A').state() & SHIFT);

        from = xev.size();
        press("ControlLeft", "Control");
        press("KeyC", "c");
        release("KeyC", "c");
        release("ControlLeft", "Control");
        XevRecorder.XEvent c = keyPress(from, 'c');
        assertEquals(CONTROL, c.state() & (CONTROL | SHIFT));
    }

    @Test
    void charactersFromAnotherLayoutGetTheShiftTheHostNeeds() throws Exception {
        // A German viewer: Shift+7 gives '/', which on the US host is unshifted.
        int from = xev.size();
        press("ShiftLeft", "Shift");
        press("Digit7", "/");
        release("Digit7", "/");
        release("ShiftLeft", "Shift");
        assertEquals(0, keyPress(from, '/').state() & SHIFT, "Shift lifted for '/'");
        // Shift+2 gives '"' there; on the US host '"' needs Shift (on the quote key).
        from = xev.size();
        press("Digit2", "\"");
        release("Digit2", "\"");
        assertEquals(SHIFT, keyPress(from, '"').state() & SHIFT, "Shift added for '\"'");
    }

    @Test
    void charactersMissingFromTheHostLayoutUseASpareKey() throws Exception {
        int from = xev.size();
        press("KeyQ", "\u00e9"); // é: Latin-1 keysym 0xe9
        release("KeyQ", "\u00e9");
        keyPress(from, 0xe9);
        from = xev.size();
        press("KeyW", "\u3042"); // あ: Unicode keysym
        release("KeyW", "\u3042");
        keyPress(from, 0x1003042);
    }

    @Test
    void namedKeysAltGrAndCtrlAltDel() throws Exception {
        int from = xev.size();
        for (String[] k : new String[][] {{"F5", "F5"}, {"ArrowLeft", "ArrowLeft"}, {"Enter", "Enter"},
            {"AltRight", "AltGraph"}}) {
            press(k[0], k[1]);
            release(k[0], k[1]);
        }
        keyPress(from, 0xffc2);
        keyPress(from, 0xff51);
        keyPress(from, 0xff0d);
        keyPress(from, 0xfe03);

        from = xev.size();
        injector.inject(new InputEvent.Special(InputEvent.Action.CTRL_ALT_DEL));
        XevRecorder.XEvent del = keyPress(from, 0xffff);
        assertEquals(CONTROL | MOD1, del.state() & (CONTROL | MOD1), "Delete arrives with Ctrl and Alt held");
    }

    @Test
    void releaseAllLetsGoOfHeldKeys() throws Exception {
        int from = xev.size();
        press("ShiftLeft", "Shift");
        press("KeyB", "B");
        injector.releaseAll();
        int i = xev.await(from, e -> e.type().equals("KeyRelease") && e.keysym() == 0xffe1, "Shift released");
        assertTrue(i >= from);
        xev.await(from, e -> e.type().equals("KeyRelease") && (e.keysym() == 'B' || e.keysym() == 'b'), "B released");
    }
}
