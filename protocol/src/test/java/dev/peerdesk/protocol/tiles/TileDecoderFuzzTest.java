package dev.peerdesk.protocol.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing: the decoder only ever answers a {@link TileFormatException} (never
 * another exception, never a hang), and a writer-built message decodes to exactly what was written.
 */
class TileDecoderFuzzTest {
    /** A valid frame with every rect kind, written through {@link FramePartWriter}. */
    static byte[] sample(Random rnd) {
        FramePartWriter w = new FramePartWriter(4096);
        w.begin(1 + rnd.nextInt(1000), 16, 8);
        w.rect(TileWire.KIND_SOLID, 0, 0, 16, 8);
        w.rgb(rnd.nextInt(1 << 24));
        w.rect(TileWire.KIND_RAW, 1, 1, 3, 2);
        for (int i = 0; i < 6; i++) {
            w.rgb(rnd.nextInt(1 << 24));
        }
        w.rect(TileWire.KIND_PALETTE, 4, 0, 8, 4);
        w.u8(1);
        w.rgb(0x112233);
        w.rgb(0x445566);
        w.u8(0x80 | 1);
        w.varint(20);
        w.u8(0);
        w.u8(0x80);
        w.varint(6);
        w.u8(1);
        w.rect(TileWire.KIND_COPY, 8, 4, 8, 4);
        w.u16(0);
        w.u16(0);
        return w.finish(true);
    }

    @Test
    void mutatedMessagesOnlyEverGiveTypedErrors() {
        Random rnd = new Random(0x7115);
        List<byte[]> seeds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seeds.add(sample(rnd));
        }
        seeds.add(CursorWriter.shape(1, 1, 3, 3, new int[9]));
        byte[] z = InflaterTest.deflate(sample(rnd), 6, java.util.zip.Deflater.DEFAULT_STRATEGY);
        byte[] deflated = new byte[z.length + 1];
        deflated[0] = TileWire.TYPE_DEFLATED;
        System.arraycopy(z, 0, deflated, 1, z.length);
        seeds.add(deflated);
        seeds.add(CursorWriter.position(5, 6, true));
        int accepted = 0;
        for (int iteration = 0; iteration < 30_000; iteration++) {
            byte[] m = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            try {
                new TileDecoder(new CountingSink()).decode(m);
                accepted++;
            } catch (TileFormatException expected) {
                // the only allowed failure
            }
            try {
                ViewerMessage.decode(m);
            } catch (TileFormatException expected) {
                // likewise
            }
        }
        // Mutations sometimes stay valid; if none did the fuzzer would only probe the header.
        assertEquals(true, accepted > 15, "accepted " + accepted);
    }

    @Test
    void writtenPaletteDecodesToTheRuns() throws Exception {
        PixelBufferSink sink = new PixelBufferSink();
        new TileDecoder(sink).decode(sample(new Random(1)));
        int[] px = sink.pixels();
        // palette rect 8x4 at (4,0): 22 of colour 1, then 9 of colour 0, then 1 of colour 1 (see sample()).
        int[] expected = new int[32];
        for (int i = 0; i < 32; i++) {
            expected[i] = i < 22 || i == 31 ? 0x445566 : 0x112233;
        }
        int[] got = new int[32];
        for (int r = 0; r < 4; r++) {
            System.arraycopy(px, r * 16 + 4, got, r * 8, 8);
        }
        assertArrayEquals(expected, got);
    }

    /** Touches every pixel it is given (as a canvas would) without allocating a whole screen. */
    static final class CountingSink implements FrameSink {
        long sum;

        @Override public void frameStart(long frameId, int width, int height) { sum += frameId; }
        @Override public void fill(int x, int y, int width, int height, int rgb) { sum += rgb; }
        @Override public void pixels(int x, int y, int width, int height, int[] pixels, int offset, int stride) {
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    sum += pixels[offset + r * stride + c];
                }
            }
        }
        @Override public void copy(int srcX, int srcY, int x, int y, int width, int height) { sum += srcX; }
        @Override public void frameEnd(long frameId) { sum -= frameId; }
        @Override public void cursorShape(int hotX, int hotY, int width, int height, int[] argb) { sum += argb.length; }
        @Override public void cursorPosition(int x, int y, boolean visible) { sum += x; }
    }

    static byte[] mutate(byte[] seed, Random rnd) {
        byte[] m = seed.clone();
        switch (rnd.nextInt(5)) {
            case 0 -> m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
            case 1 -> m[rnd.nextInt(m.length)] ^= (byte) (1 << rnd.nextInt(8));
            case 2 -> m = java.util.Arrays.copyOf(m, rnd.nextInt(m.length + 1));
            case 3 -> {
                m = java.util.Arrays.copyOf(m, m.length + 1 + rnd.nextInt(8));
                m[m.length - 1] = (byte) rnd.nextInt(256);
            }
            default -> {
                for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
                    m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
                }
            }
        }
        return m;
    }
}
