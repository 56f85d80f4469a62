package dev.peerdesk.protocol.tiles;

import static dev.peerdesk.protocol.tiles.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure-Java inflater against zlib's deflater (every level and strategy), raw vectors, and mutation. */
class InflaterTest {
    static byte[] deflate(byte[] data, int level, int strategy) {
        Deflater z = new Deflater(level, true);
        z.setStrategy(strategy);
        z.setInput(data);
        z.finish();
        byte[] buf = new byte[data.length + 1024];
        int n = 0;
        while (!z.finished()) {
            n += z.deflate(buf, n, buf.length - n);
        }
        z.end();
        return Arrays.copyOf(buf, n);
    }

    static byte[] sample(Random rnd, int size) {
        byte[] d = new byte[size];
        switch (rnd.nextInt(3)) {
            case 0 -> rnd.nextBytes(d); // incompressible: stored blocks
            case 1 -> { // text-like runs
                for (int i = 0; i < size; i++) {
                    d[i] = (byte) (i % 97 < 60 ? 'a' + rnd.nextInt(3) : ' ');
                }
            }
            default -> { // repeats far back (long distances)
                byte[] block = new byte[300];
                rnd.nextBytes(block);
                for (int i = 0; i < size; i++) {
                    d[i] = block[(i * 7) % 300];
                }
            }
        }
        return d;
    }

    @Test
    void inflatesWhatZlibDeflates() throws Exception {
        Random rnd = new Random(0x1f1a7e);
        int[] strategies = {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY};
        for (int i = 0; i < 60; i++) {
            byte[] data = sample(rnd, rnd.nextInt(40_000));
            byte[] z = deflate(data, rnd.nextInt(10), strategies[rnd.nextInt(3)]);
            assertArrayEquals(data, Inflater.inflate(z, 0, z.length, 1 << 20), "case " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "stored block 'abc';        01 0300 fcff 616263;   616263",
        "fixed block 'a';           4b0400;                61",
        "empty fixed block;         0300;                  ''",
    })
    void vectors(String name, String in, String out) throws Exception {
        byte[] z = hex(in);
        assertArrayEquals(hex(out), Inflater.inflate(z, 0, z.length, 100));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "empty input;                   ''",
        "block type 3;                  07",
        "stored length check;           01 0300 0000 616263",
        "stored cut;                    01 0300 fcff 61",
        "distance before start;         0302",
        "trailing bytes;                0300 00",
        "trailing bytes read ahead;     0300 000000",
        "input ends in block;           4b",
    })
    void refused(String name, String in) {
        byte[] z = hex(in);
        assertThrows(TileFormatException.class, () -> Inflater.inflate(z, 0, z.length, 100), name);
    }

    /** A Huffman block followed by a stored block: bytes read ahead for the first belong to the second. */
    @Test
    void storedBlockAfterHuffmanBlock() throws Exception {
        byte[] text = "abcabcabcabcabcabcabc".getBytes();
        Deflater z = new Deflater(6, true);
        z.setInput(text);
        byte[] buf = new byte[1000];
        int n = z.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH); // ends with an empty stored block
        byte[] random = new byte[300];
        new Random(3).nextBytes(random);
        z.setLevel(0);
        z.setInput(random);
        z.finish();
        while (!z.finished()) {
            n += z.deflate(buf, n, buf.length - n);
        }
        z.end();
        byte[] expected = new byte[text.length + random.length];
        System.arraycopy(text, 0, expected, 0, text.length);
        System.arraycopy(random, 0, expected, text.length, random.length);
        assertArrayEquals(expected, Inflater.inflate(buf, 0, n, 10_000));
    }

    @Test
    void outputIsCapped() {
        byte[] z = deflate(new byte[100_000], 9, Deflater.DEFAULT_STRATEGY);
        assertThrows(TileFormatException.class, () -> Inflater.inflate(z, 0, z.length, 50_000));
    }

    @Test
    void mutatedStreamsOnlyGiveTypedErrors() {
        Random rnd = new Random(77);
        byte[][] seeds = {deflate(sample(rnd, 5000), 6, Deflater.DEFAULT_STRATEGY),
            deflate(sample(rnd, 5000), 1, Deflater.HUFFMAN_ONLY), deflate(sample(rnd, 3000), 0, 0)};
        int ok = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] m = TileDecoderFuzzTest.mutate(seeds[rnd.nextInt(seeds.length)], rnd);
            try {
                Inflater.inflate(m, 0, m.length, 1 << 16);
                ok++;
            } catch (TileFormatException expected) {
                // the only allowed failure
            }
        }
        assertEquals(true, ok < 10_000, "mutations must break some streams");
    }

    @Test
    void deflatedFramePartsDecodeLikeThePlainOnes() throws Exception {
        byte[] plain = TileDecoderFuzzTest.sample(new Random(5));
        byte[] z = deflate(plain, 1, Deflater.DEFAULT_STRATEGY);
        byte[] wrapped = new byte[z.length + 1];
        wrapped[0] = TileWire.TYPE_DEFLATED;
        System.arraycopy(z, 0, wrapped, 1, z.length);
        PixelBufferSink a = new PixelBufferSink();
        new TileDecoder(a).decode(plain);
        PixelBufferSink b = new PixelBufferSink();
        new TileDecoder(b).decode(wrapped);
        assertArrayEquals(a.pixels(), b.pixels());
        assertEquals(a.lastCompletedFrame(), b.lastCompletedFrame());

        byte[] z2 = deflate(wrapped, 1, Deflater.DEFAULT_STRATEGY);
        byte[] nested = new byte[z2.length + 1];
        nested[0] = TileWire.TYPE_DEFLATED;
        System.arraycopy(z2, 0, nested, 1, z2.length);
        assertThrows(TileFormatException.class, () -> new TileDecoder(new PixelBufferSink()).decode(nested));
    }
}
