package dev.peerdesk.host.x11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two RANDR 1.5 monitors on one Xvfb screen (left and right half, as xrandr --setmonitor makes
 * them): the capture lists both, captures only the selected one, reports its damage in its own
 * coordinates, and the injector places the pointer inside it.
 */
class X11MonitorsTest {
    private static XvfbServer xvfb;

    @BeforeAll
    static void start() throws Exception {
        xvfb = XvfbServer.start(800, 300);
        try (X11Display x = X11Display.open(xvfb.display)) {
            define(x, "LEFT", 0, 400, true);
            define(x, "RIGHT", 400, 400, false);
            assertEquals(0, x.syncAndTakeError(), "XRRSetMonitor");
        }
    }

    private static void define(X11Display x, String name, int left, int width, boolean primary) {
        XRandrLib.MonitorInfo m = new XRandrLib.MonitorInfo();
        m.name = new NativeLong(X11Display.X.XInternAtom(x.display, name, false).longValue());
        m.primary = primary ? 1 : 0;
        m.automatic = 0;
        m.noutput = 0;
        m.x = left;
        m.y = 0;
        m.width = width;
        m.height = 300;
        m.mwidth = width / 4;
        m.mheight = 75;
        XRandrLib.INSTANCE.XRRSetMonitor(x.display, x.root, m);
    }

    @AfterAll
    static void stop() throws Exception {
        if (xvfb != null) {
            xvfb.close();
        }
    }

    @Test
    void listsBothAndCapturesTheSelectedOne() throws Exception {
        try (X11Capture cap = new X11Capture(xvfb.display); XDraw draw = new XDraw(xvfb.display)) {
            List<Monitor> ms = cap.monitors();
            // Xvfb's own output keeps its whole-screen monitor beside the two defined ones.
            assertTrue(ms.stream().map(Monitor::name).toList().containsAll(List.of("LEFT", "RIGHT")), ms.toString());
            Monitor right = ms.stream().filter(m -> m.name().equals("RIGHT")).findFirst().orElseThrow();
            assertEquals(new Rect(400, 0, 400, 300), right.bounds());
            assertEquals("LEFT", cap.selected().name(), "the primary monitor is captured first");

            cap.select(right);
            draw.fill(0x000000, 0, 0, 800, 300);
            draw.fill(0x00ff00, 450, 10, 20, 30); // inside RIGHT at (50,10)
            draw.fill(0xff0000, 100, 10, 20, 30); // inside LEFT: not this capture's business
            List<Rect> damage = new ArrayList<>();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (damage.stream().noneMatch(r -> r.contains(50, 10) && r.contains(69, 39))) {
                assertTrue(System.nanoTime() < deadline, "no damage for the right monitor: " + damage);
                damage.addAll(cap.pollDamage());
                Thread.sleep(5);
            }
            assertTrue(damage.stream().allMatch(r -> r.right() <= 400 && r.bottom() <= 300), damage.toString());

            Frame f = cap.capture();
            assertEquals(400, f.width());
            assertEquals(0x00ff00, f.rgb(50, 10));
            assertEquals(0x00ff00, f.rgb(69, 39));
            assertEquals(0, f.rgb(49, 10));
            assertEquals(0, f.rgb(100, 10), "the red square is on the other monitor");
        }
    }

    @Test
    void pointerLandsInsideTheSelectedMonitor() throws Exception {
        Monitor right = new Monitor(1, "RIGHT", 400, 0, 400, 300, false);
        try (X11Injector in = new X11Injector(xvfb.display, right); X11Display x = X11Display.open(xvfb.display)) {
            in.inject(new InputEvent.PointerMove(10, 20));
            in.inject(new InputEvent.PointerMove(5000, -7)); // clamped to the monitor, never onto its neighbour
            IntByReference rx = new IntByReference();
            IntByReference ry = new IntByReference();
            long deadline = System.nanoTime() + 20_000_000_000L;
            do {
                X11Display.X.XQueryPointer(x.display, x.rootWindow(), new X11.WindowByReference(),
                        new X11.WindowByReference(), rx, ry, new IntByReference(), new IntByReference(),
                        new IntByReference());
            } while (rx.getValue() != 799 && System.nanoTime() < deadline);
            assertEquals(799, rx.getValue());
            assertEquals(0, ry.getValue());
        }
    }
}
