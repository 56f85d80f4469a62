package dev.peerdesk.protocol.tiles;

import static dev.peerdesk.protocol.tiles.TileWire.*;

/** Encodes CURSOR_SHAPE and CURSOR_POS ({@link TileWire}). */
public final class CursorWriter {
    private CursorWriter() {}

    /** {@code argb}: width*height non-premultiplied ARGB; the shape must fit the wire limits. */
    public static byte[] shape(int hotX, int hotY, int width, int height, int[] argb) {
        if (width < 0 || height < 0 || width > MAX_CURSOR_SIDE || height > MAX_CURSOR_SIDE
                || (width == 0) != (height == 0) || argb.length != width * height
                || (width > 0 && (hotX < 0 || hotX >= width || hotY < 0 || hotY >= height))) {
            throw new IllegalArgumentException("cursor " + width + "x" + height + " hot " + hotX + "," + hotY);
        }
        byte[] out = new byte[9 + 4 * argb.length];
        out[0] = (byte) TYPE_CURSOR_SHAPE;
        put16(out, 1, hotX);
        put16(out, 3, hotY);
        put16(out, 5, width);
        put16(out, 7, height);
        for (int i = 0, p = 9; i < argb.length; i++, p += 4) {
            int v = argb[i];
            out[p] = (byte) (v >>> 24);
            out[p + 1] = (byte) (v >>> 16);
            out[p + 2] = (byte) (v >>> 8);
            out[p + 3] = (byte) v;
        }
        return out;
    }

    public static byte[] position(int x, int y, boolean visible) {
        byte[] out = new byte[6];
        out[0] = (byte) TYPE_CURSOR_POS;
        put16(out, 1, Math.max(0, Math.min(0xffff, x)));
        put16(out, 3, Math.max(0, Math.min(0xffff, y)));
        out[5] = (byte) (visible ? 1 : 0);
        return out;
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }
}
