package dev.peerdesk.host.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.screen.DirtyTiles;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import dev.peerdesk.protocol.tiles.PixelBufferSink;
import dev.peerdesk.protocol.tiles.TileDecoder;
import dev.peerdesk.protocol.tiles.TileWire;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Encode on the host, decode with the viewer's decoder into a JVM sink: the images must be identical. */
class TileScreenEncoderTest {
    private final PixelBufferSink sink = new PixelBufferSink();
    private final TileDecoder decoder = new TileDecoder(sink);
    private long frameId;

    private List<byte[]> send(ScreenEncoder enc, Frame f, DirtyTiles dirty) throws Exception {
        List<byte[]> msgs = enc.encode(frameId + 1, f, dirty);
        if (!msgs.isEmpty()) {
            frameId++;
        }
        for (byte[] m : msgs) {
            assertTrue(m.length <= TileWire.MAX_MESSAGE_BYTES, "message of " + m.length);
            decoder.decode(m);
        }
        return msgs;
    }

    private static DirtyTiles all(Frame f) {
        DirtyTiles d = new DirtyTiles(f.width(), f.height());
        d.addAll();
        return d;
    }

    private void assertShows(Frame f) {
        int[] expected = new int[f.width() * f.height()];
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                expected[y * f.width() + x] = f.rgb(x, y);
            }
        }
        assertArrayEquals(expected, sink.pixels());
        assertEquals(frameId, sink.lastCompletedFrame());
    }

    @Test
    void fullNoiseScreenSplitsAtTheChannelLimitAndRoundTrips() throws Exception {
        Frame f = SyntheticScreen.noise(1000, 700, 1);
        List<byte[]> msgs = send(new TileScreenEncoder(), f, all(f));
        assertTrue(msgs.size() > 1, "2 MB of raw pixels must span several messages");
        assertShows(f);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "deflate {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void sequenceOfEditsScrollsAndTextRoundTrips(boolean deflate) throws Exception {
        SyntheticScreen s = new SyntheticScreen(3);
        TileScreenEncoder enc = new TileScreenEncoder(32 * 1024, deflate); // small limit: exercises cutting
        Frame f = s.terminal(643, 401, 0); // odd sizes: partial edge tiles
        send(enc, f, all(f));
        assertShows(f);
        Random rnd = new Random(5);
        for (int step = 0; step < 40; step++) {
            Frame next = SyntheticScreen.copy(f);
            DirtyTiles dirty = new DirtyTiles(f.width(), f.height());
            switch (step % 4) {
                case 0 -> { // a typed character
                    int col = rnd.nextInt(80);
                    int row = rnd.nextInt(25);
                    s.glyph(next, col, row, (char) (33 + rnd.nextInt(94)));
                    dirty.add(new Rect(col * 8, row * 16, 8, 16));
                }
                case 1 -> { // the terminal scrolled by some lines
                    next = s.terminal(643, 401, step + rnd.nextInt(3));
                    dirty.addAll();
                }
                case 2 -> { // a noisy picture somewhere
                    Frame n = SyntheticScreen.noise(90, 70, step);
                    int x0 = rnd.nextInt(643 - 90);
                    int y0 = rnd.nextInt(401 - 70);
                    for (int y = 0; y < 70; y++) {
                        System.arraycopy(n.pixels(), y * 90, next.pixels(), (y0 + y) * next.stride() + x0, 90);
                    }
                    dirty.add(new Rect(x0, y0, 90, 70));
                }
                default -> dirty.add(new Rect(0, 0, 643, 401)); // damage without a change
            }
            send(enc, next, dirty);
            assertShows(next);
            f = next;
        }
    }

    @Test
    void scrolledPageIsACopyPlusOneLine() throws Exception {
        SyntheticScreen s = new SyntheticScreen(9);
        TileScreenEncoder enc = new TileScreenEncoder();
        Frame page = s.terminal(1920, 1080, 0);
        send(enc, page, all(page));
        Frame scrolled = s.terminal(1920, 1080, 1);
        DirtyTiles dirty = all(scrolled);
        int bytes = send(enc, scrolled, dirty).stream().mapToInt(m -> m.length).sum();
        assertShows(scrolled);
        // One line of text is 1920x16 pixels; repainting the page would cost far more.
        int fullRepaint = send(new TileScreenEncoder(), scrolled, all(scrolled)).stream().mapToInt(m -> m.length).sum();
        assertTrue(bytes * 10 < fullRepaint, "scroll cost " + bytes + " bytes, full repaint " + fullRepaint);
    }

    @Test
    void textIsDeflatedAndNoiseIsNot() throws Exception {
        SyntheticScreen s = new SyntheticScreen(4);
        Frame text = s.terminal(800, 600, 0);
        List<byte[]> t = send(new TileScreenEncoder(), text, all(text));
        assertTrue(t.stream().allMatch(m -> m[0] == TileWire.TYPE_DEFLATED), "text parts are deflated");
        assertShows(text);
        Frame noise = SyntheticScreen.noise(800, 600, 4);
        List<byte[]> n = send(new TileScreenEncoder(), noise, all(noise));
        assertTrue(n.stream().noneMatch(m -> m[0] == TileWire.TYPE_DEFLATED), "raw parts are not");
        assertShows(noise);
    }

    @Test
    void unchangedDamageGivesNoFrame() throws Exception {
        TileScreenEncoder enc = new TileScreenEncoder();
        Frame f = SyntheticScreen.blank(200, 100, 0x123456);
        send(enc, f, all(f));
        assertEquals(List.of(), enc.encode(frameId + 1, f, all(f)));
    }

    @Test
    void resetRepaintsEverythingAndResizeIsFollowed() throws Exception {
        TileScreenEncoder enc = new TileScreenEncoder();
        Frame f = SyntheticScreen.noise(130, 70, 4);
        send(enc, f, all(f));
        enc.reset();
        DirtyTiles none = new DirtyTiles(130, 70);
        send(enc, f, none);
        assertShows(f);
        Frame bigger = SyntheticScreen.noise(300, 200, 5);
        send(enc, bigger, new DirtyTiles(300, 200));
        assertShows(bigger);
    }
}
