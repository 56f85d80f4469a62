package dev.peerdesk.host.codec;

import dev.peerdesk.host.screen.Frame;
import java.util.Random;

/** Screens with the statistics of real ones (text in a terminal, noise for photos), seeded. Also used by bench/host. */
public final class SyntheticScreen {
    public static final int GLYPH_W = 8;
    public static final int GLYPH_H = 16;
    public static final int FG = 0xd0d0d0;
    public static final int BG = 0x1e1e1e;

    private final long[] glyphs = new long[96 * 2];

    public SyntheticScreen(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < glyphs.length; i++) {
            glyphs[i] = rnd.nextLong() & 0x00ff7e7e7e7e7e00L; // leave a margin like a real font
        }
    }

    public static Frame blank(int w, int h, int rgb) {
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, rgb);
        return new Frame(w, h, w, px);
    }

    /** Draws character {@code ch} (32..127) at text cell (col,row); anti-aliased edges give 3 colours. */
    public void glyph(Frame f, int col, int row, char ch) {
        int g = (ch - 32) % 96;
        long top = glyphs[2 * g];
        long bottom = glyphs[2 * g + 1];
        int x0 = col * GLYPH_W;
        int y0 = row * GLYPH_H;
        for (int y = 0; y < GLYPH_H; y++) {
            long bits = y < 8 ? top : bottom;
            int line = (int) (bits >>> ((y % 8) * 8)) & 0xff;
            for (int x = 0; x < GLYPH_W; x++) {
                if (x0 + x >= f.width() || y0 + y >= f.height()) {
                    continue;
                }
                boolean on = (line >>> x & 1) != 0;
                boolean edge = !on && x > 0 && (line >>> (x - 1) & 1) != 0;
                f.pixels()[(y0 + y) * f.stride() + x0 + x] = on ? FG : edge ? 0x777777 : BG;
            }
        }
    }

    /** A full terminal page of pseudo-text lines, line {@code first} at the top. */
    public Frame terminal(int w, int h, int first) {
        Frame f = blank(w, h, BG);
        int rows = h / GLYPH_H;
        for (int r = 0; r < rows; r++) {
            line(f, r, first + r);
        }
        return f;
    }

    /** Text of line number {@code n} (deterministic: the same line scrolls as the same pixels). */
    public void line(Frame f, int row, int n) {
        Random rnd = new Random(n * 7919L);
        int len = 20 + rnd.nextInt(Math.max(1, f.width() / GLYPH_W - 20));
        for (int c = 0; c < len; c++) {
            glyph(f, c, row, (char) (33 + rnd.nextInt(94)));
        }
    }

    /** Colourful noise: the worst case for a lossless codec (every tile falls back to RAW). */
    public static Frame noise(int w, int h, long seed) {
        Random rnd = new Random(seed);
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = rnd.nextInt(1 << 24);
        }
        return new Frame(w, h, w, px);
    }

    public static Frame copy(Frame f) {
        return new Frame(f.width(), f.height(), f.stride(), f.pixels().clone());
    }
}
