package dev.peerdesk.host.x11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** XFIXES selection events on a private Xvfb: another client taking the CLIPBOARD is seen, once. */
class X11SelectionWatchTest {
    private static XvfbServer xvfb;

    /** What a copying application calls; jna-platform does not map it. */
    interface Selections extends com.sun.jna.Library {
        Selections LIB = com.sun.jna.Native.load("X11", Selections.class);

        int XSetSelectionOwner(X11.Display display, NativeLong selection, NativeLong owner, NativeLong time);
    }

    private static void own(X11Display app, X11.Atom selection, X11.Window w) {
        Selections.LIB.XSetSelectionOwner(app.display, new NativeLong(selection.longValue()),
                new NativeLong(w.longValue()), new NativeLong(0));
    }

    @BeforeAll
    static void start() throws Exception {
        xvfb = XvfbServer.start(320, 200);
    }

    @AfterAll
    static void stop() throws Exception {
        if (xvfb != null) {
            xvfb.close();
        }
    }

    @Test
    void everyNewOwnerAndEveryRetakeIsAChangeSeenOnce() throws Exception {
        try (X11SelectionWatch watch = X11SelectionWatch.open(xvfb.display, "CLIPBOARD");
                X11Display app = X11Display.open(xvfb.display)) {
            assertFalse(watch.changed(), "nothing happened yet");
            X11.Window w = X11Display.X.XCreateSimpleWindow(app.display, app.rootWindow(), 0, 0, 1, 1, 0, 0, 0);
            X11.Atom clipboard = X11Display.X.XInternAtom(app.display, "CLIPBOARD", false);
            X11.Atom primary = X11Display.X.XInternAtom(app.display, "PRIMARY", false);

            own(app, clipboard, w);
            assertEquals(0, app.syncAndTakeError());
            assertTrue(awaitChange(watch), "a new owner");
            assertFalse(watch.changed(), "seen once");

            own(app, primary, w);
            assertEquals(0, app.syncAndTakeError());
            own(app, clipboard, w);
            assertEquals(0, app.syncAndTakeError());
            assertTrue(awaitChange(watch), "the same owner copying again");
            assertFalse(watch.changed(), "PRIMARY is not watched, and each event counts once");
        }
    }

    /** The owner's request is processed (XSync) before ours looks; still bounded for a loaded machine. */
    private static boolean awaitChange(X11SelectionWatch watch) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            if (watch.changed()) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }
}
