package dev.peerdesk.host.codec;

import static dev.peerdesk.protocol.tiles.TileWire.*;

import dev.peerdesk.protocol.tiles.FramePartWriter;

/**
 * Encodes one pixel rect (at most a tile) as SOLID, PALETTE+RLE or RAW, whichever is smallest.
 * Text is a few colours in long runs, so PALETTE usually wins by 5-20x over RAW; photos fall back
 * to RAW (lossless either way). Reuses its buffers: one instance per encoder thread.
 */
final class RectEncoder {
    private static final int HASH_SIZE = 512; // power of two, >= 2 * (MAX_PALETTE + 1)
    private final int[] hashKeys = new int[HASH_SIZE];
    private final byte[] hashIndex = new byte[HASH_SIZE];
    private final boolean[] hashUsed = new boolean[HASH_SIZE];
    private final int[] palette = new int[MAX_PALETTE];
    private final byte[] indices = new byte[MAX_PIXEL_RECT_AREA];
    private int paletteSize;
    // What the last buildPalette() call saw, so write() right after measure() does not redo it.
    private int[] lastPx;
    private int lastOffset = -1;
    private int lastStride;
    private int lastW;
    private int lastH;
    private boolean lastPaletted;

    /** Encoded size of the rect in bytes (header included), choosing the kind as {@link #write} will. */
    int measure(int[] px, int offset, int stride, int w, int h) {
        int area = w * h;
        int raw = RECT_HEADER_BYTES + 3 * area;
        if (!buildPalette(px, offset, stride, w, h)) {
            return raw;
        }
        if (paletteSize == 1) {
            return RECT_HEADER_BYTES + 3;
        }
        return Math.min(raw, RECT_HEADER_BYTES + 1 + 3 * paletteSize + runBytes(area));
    }

    /** Writes the rect; call right after {@link #measure} with the same arguments. Returns the kind written. */
    int write(FramePartWriter out, int x, int y, int[] px, int offset, int stride, int w, int h) {
        int area = w * h;
        boolean paletted = buildPalette(px, offset, stride, w, h);
        if (paletted && paletteSize == 1) {
            out.rect(KIND_SOLID, x, y, w, h);
            out.rgb(palette[0]);
            return KIND_SOLID;
        }
        if (paletted && 1 + 3 * paletteSize + runBytes(area) < 3 * area) {
            out.rect(KIND_PALETTE, x, y, w, h);
            out.u8(paletteSize - 1);
            for (int i = 0; i < paletteSize; i++) {
                out.rgb(palette[i]);
            }
            for (int i = 0; i < area; ) {
                int index = indices[i];
                int run = 1;
                while (i + run < area && indices[i + run] == index) {
                    run++;
                }
                if (run == 1) {
                    out.u8(index);
                } else {
                    out.u8(0x80 | index);
                    out.varint(run - 2);
                }
                i += run;
            }
            return KIND_PALETTE;
        }
        out.rect(KIND_RAW, x, y, w, h);
        for (int r = 0; r < h; r++) {
            int row = offset + r * stride;
            for (int c = 0; c < w; c++) {
                out.rgb(px[row + c]);
            }
        }
        return KIND_RAW;
    }

    /** Fills palette/indices; false when the rect has more than MAX_PALETTE colours. */
    private boolean buildPalette(int[] px, int offset, int stride, int w, int h) {
        if (px == lastPx && offset == lastOffset && stride == lastStride && w == lastW && h == lastH) {
            return lastPaletted;
        }
        lastPx = px;
        lastOffset = offset;
        lastStride = stride;
        lastW = w;
        lastH = h;
        lastPaletted = scanPalette(px, offset, stride, w, h);
        return lastPaletted;
    }

    /** Forget the cached scan: the caller is about to change pixels in place. */
    void invalidate() {
        lastPx = null;
    }

    /** One pass: palette, per-pixel indices, and the byte size of the runs (paletteRunBytes). */
    private boolean scanPalette(int[] px, int offset, int stride, int w, int h) {
        java.util.Arrays.fill(hashUsed, false);
        paletteSize = 0;
        int k = 0;
        int bytes = 0;
        int run = 0;
        byte runIndex = -1;
        for (int r = 0; r < h; r++) {
            int row = offset + r * stride;
            int last = -1;
            byte lastIndex = 0;
            for (int c = 0; c < w; c++) {
                int rgb = px[row + c] & 0xffffff;
                if (rgb != last) {
                    int slot = (rgb * 0x9E3779B1 >>> 23) & (HASH_SIZE - 1);
                    while (hashUsed[slot] && hashKeys[slot] != rgb) {
                        slot = (slot + 1) & (HASH_SIZE - 1);
                    }
                    if (!hashUsed[slot]) {
                        if (paletteSize == MAX_PALETTE) {
                            return false;
                        }
                        hashUsed[slot] = true;
                        hashKeys[slot] = rgb;
                        hashIndex[slot] = (byte) paletteSize;
                        palette[paletteSize++] = rgb;
                    }
                    last = rgb;
                    lastIndex = hashIndex[slot];
                }
                indices[k++] = lastIndex;
                if (lastIndex == runIndex) {
                    run++;
                } else {
                    bytes += runCost(run);
                    runIndex = lastIndex;
                    run = 1;
                }
            }
        }
        paletteRunBytes = bytes + runCost(run);
        return true;
    }

    private int paletteRunBytes;

    private int runBytes(int area) {
        return paletteRunBytes;
    }

    private static int runCost(int run) {
        return run == 0 ? 0 : run == 1 ? 1 : 1 + varintSize(run - 2);
    }

    private static int varintSize(int v) {
        return v < 1 << 7 ? 1 : v < 1 << 14 ? 2 : v < 1 << 21 ? 3 : 4;
    }
}
