package dev.peerdesk.bench.host;

import dev.peerdesk.host.codec.SyntheticScreen;
import dev.peerdesk.host.codec.TileScreenEncoder;
import dev.peerdesk.host.screen.DirtyTiles;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import dev.peerdesk.protocol.tiles.PixelBufferSink;
import dev.peerdesk.protocol.tiles.TileDecoder;
import java.util.ArrayList;
import java.util.List;
import dev.peerdesk.protocol.tiles.TileWire;

/**
 * Tile codec cost at 1920x1080 for the cases the issue names. Baseline: the damaged area as raw
 * RGB (what a codec-less host would send). Each case runs with and without DEFLATED wrapping
 * (java.util.zip on the host, the pure-Java inflater in the viewer's decoder).
 */
final class CodecBench {
    private static final int W = 1920;
    private static final int H = 1080;
    private static final int RUNS = 15;

    private CodecBench() {}

    record Case(String name, Frame before, Frame after, Rect damage) {}

    static void run() throws Exception {
        SyntheticScreen s = new SyntheticScreen(11);
        Frame page = s.terminal(W, H, 0);
        Frame typed = SyntheticScreen.copy(page);
        s.glyph(typed, 100, 30, 'x');
        List<Case> cases = List.of(
                new Case("typed character", page, typed, new Rect(800, 480, 8, 16)),
                new Case("scrolled terminal page", page, s.terminal(W, H, 1), new Rect(0, 0, W, H)),
                new Case("full-screen change (text)", page, s.terminal(W, H, 5000), new Rect(0, 0, W, H)),
                new Case("full-screen change (noise)", page, SyntheticScreen.noise(W, H, 3), new Rect(0, 0, W, H)));
        List<String[]> rows = new ArrayList<>();
        for (Case c : cases) {
            for (boolean deflate : new boolean[] {false, true}) {
                long[] encode = new long[RUNS];
                long[] decode = new long[RUNS];
                List<byte[]> msgs = null;
                for (int i = 0; i < RUNS; i++) {
                    TileScreenEncoder enc = new TileScreenEncoder(TileWire.MAX_MESSAGE_BYTES, deflate);
                    PixelBufferSink sink = new PixelBufferSink();
                    TileDecoder dec = new TileDecoder(sink);
                    for (byte[] m : enc.encode(1, c.before(), all())) {
                        dec.decode(m);
                    }
                    DirtyTiles d = new DirtyTiles(W, H);
                    d.add(c.damage());
                    long t0 = System.nanoTime();
                    msgs = enc.encode(2, c.after(), d);
                    encode[i] = System.nanoTime() - t0;
                    long t1 = System.nanoTime();
                    for (byte[] m : msgs) {
                        dec.decode(m);
                    }
                    decode[i] = System.nanoTime() - t1;
                }
                long bytes = msgs.stream().mapToLong(m -> m.length).sum();
                long raw = 3L * c.damage().width() * c.damage().height();
                rows.add(new String[] {c.name(), deflate ? "yes" : "no", Long.toString(raw), Long.toString(bytes),
                    String.format("%.4f", (double) bytes / raw), Integer.toString(msgs.size()),
                    Table.minMedian(encode), Table.minMedian(decode)});
            }
        }
        Table.print("Tile codec at " + W + "x" + H + " (" + RUNS + " runs, ms as min / median; baseline = damaged area as raw RGB)",
                new String[] {"case", "deflate", "raw bytes", "tile bytes", "vs raw", "msgs", "encode ms",
                    "decode ms (JVM viewer)"}, rows);
    }

    private static DirtyTiles all() {
        DirtyTiles d = new DirtyTiles(W, H);
        d.addAll();
        return d;
    }

}
