package dev.peerdesk.host.x11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.capture.CursorShape;
import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Capture against a real X server (Xvfb): pixels equal what another client drew; DAMAGE reports it. */
class X11CaptureTest {
    private static XvfbServer xvfb;

    @BeforeAll
    static void startX() throws Exception {
        xvfb = XvfbServer.start(640, 480);
    }

    @AfterAll
    static void stopX() throws Exception {
        if (xvfb != null) {
            xvfb.close();
        }
    }

    @Test
    void capturesWhatAnotherClientDrewAndDamageReportsIt() throws Exception {
        try (X11Capture cap = new X11Capture(xvfb.display); XDraw draw = new XDraw(xvfb.display)) {
            assertEquals("xshm", cap.method(), "Xvfb is local: MIT-SHM must attach");
            assertTrue(cap.hasDamage());
            Monitor m = cap.selected();
            assertEquals(640, m.width());
            assertEquals(480, m.height());

            draw.fill(0x000000, 0, 0, 640, 480);
            awaitDamage(cap, List.of(new Rect(0, 0, 640, 480))); // the clearing itself, out of the way
            draw.fill(0xff0000, 10, 20, 100, 50);
            draw.fill(0x0000ff, 300, 200, 33, 17);
            draw.fill(0x12ab34, 639, 479, 1, 1);

            List<Rect> damage = awaitDamage(cap, List.of(new Rect(10, 20, 100, 50), new Rect(300, 200, 33, 17),
                    new Rect(639, 479, 1, 1)));
            assertTrue(damage.stream().noneMatch(r -> r.contains(200, 300) || r.contains(5, 5)),
                    "damage must not claim untouched areas: " + damage);

            Frame f = cap.capture();
            for (int y = 0; y < 480; y++) {
                for (int x = 0; x < 640; x++) {
                    int expected = new Rect(10, 20, 100, 50).contains(x, y) ? 0xff0000
                            : new Rect(300, 200, 33, 17).contains(x, y) ? 0x0000ff
                            : x == 639 && y == 479 ? 0x12ab34 : 0;
                    if (f.rgb(x, y) != expected) {
                        throw new AssertionError("pixel (" + x + "," + y + ") is " + Integer.toHexString(f.rgb(x, y))
                                + ", drawn " + Integer.toHexString(expected));
                    }
                }
            }
        }
    }

    /** XGetImage is what a remote display (no shared memory) gets: it must read the same pixels. */
    @Test
    void xGetImageFallbackReadsTheSamePixels() throws Exception {
        try (X11Capture shm = new X11Capture(xvfb.display, true); X11Capture plain = new X11Capture(xvfb.display, false);
                XDraw draw = new XDraw(xvfb.display)) {
            assertEquals("xgetimage", plain.method());
            for (int i = 0; i < 40; i++) {
                draw.fill(0x010203 * (i + 1), (i * 37) % 600, (i * 53) % 440, 40, 40);
            }
            Frame a = shm.capture();
            int[] first = new int[640 * 480];
            for (int y = 0; y < 480; y++) {
                for (int x = 0; x < 640; x++) {
                    first[y * 640 + x] = a.rgb(x, y);
                }
            }
            Frame b = plain.capture();
            for (int y = 0; y < 480; y++) {
                for (int x = 0; x < 640; x++) {
                    assertEquals(first[y * 640 + x], b.rgb(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void monitorsCursorAndPosition() throws Exception {
        try (X11Capture cap = new X11Capture(xvfb.display)) {
            List<Monitor> ms = cap.monitors();
            assertFalse(ms.isEmpty());
            assertEquals(new Rect(0, 0, 640, 480), ms.get(0).bounds());
            Optional<CursorShape> shape = cap.pollCursorShape();
            assertTrue(shape.isPresent(), "the first poll reports the current cursor");
            CursorShape s = shape.get();
            assertEquals(s.width() * s.height(), s.argb().length);
            assertTrue(s.width() > 0 && s.width() <= 256, "cursor " + s.width() + "x" + s.height());
            assertEquals(Optional.empty(), cap.pollCursorShape(), "unchanged cursor is not sent again");
            int[] pos = cap.cursorPosition();
            assertTrue(pos[0] >= 0 && pos[0] < 640 && pos[1] >= 0 && pos[1] < 480);
        }
    }

    @Test
    void unpremultipliesCursorPixels() {
        assertEquals(0x80ff0000, X11Cursor.unpremultiply(0x80800000));
        assertEquals(0, X11Cursor.unpremultiply(0x00123456));
        assertEquals(0xff102030, X11Cursor.unpremultiply(0xff102030));
    }

    /** Polls damage (bounded) until every drawn rect is covered; returns what was reported. */
    private static List<Rect> awaitDamage(X11Capture cap, List<Rect> drawn) throws InterruptedException {
        List<Rect> seen = new ArrayList<>();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            seen.addAll(cap.pollDamage());
            if (drawn.stream().allMatch(d -> covered(d, seen))) {
                return seen;
            }
            Thread.sleep(5); // bounded poll for an X event; no event API to block on here
        }
        throw new AssertionError("damage " + seen + " never covered " + drawn);
    }

    private static boolean covered(Rect d, List<Rect> seen) {
        for (int y = d.y(); y < d.bottom(); y++) {
            for (int x = d.x(); x < d.right(); x++) {
                final int px = x;
                final int py = y;
                if (seen.stream().noneMatch(r -> r.contains(px, py))) {
                    return false;
                }
            }
        }
        return true;
    }
}
