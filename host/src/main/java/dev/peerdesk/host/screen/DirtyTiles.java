package dev.peerdesk.host.screen;

import java.util.BitSet;

/**
 * The set of {@link #TILE}-pixel tiles touched by damage since the last encoded frame. Damage
 * reports coalesce here for free: a region damaged a hundred times while the link was busy is
 * one dirty tile, encoded once from the newest pixels.
 */
public final class DirtyTiles {
    public static final int TILE = 64;

    private final int width;
    private final int height;
    private final int columns;
    private final int rows;
    private final BitSet bits;

    public DirtyTiles(int width, int height) {
        this.width = width;
        this.height = height;
        this.columns = (width + TILE - 1) / TILE;
        this.rows = (height + TILE - 1) / TILE;
        this.bits = new BitSet(columns * rows);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Marks every tile {@code r} touches; parts outside the screen are ignored. */
    public void add(Rect r) {
        Rect c = r.intersect(new Rect(0, 0, width, height));
        if (c.isEmpty()) {
            return;
        }
        int c0 = c.x() / TILE;
        int c1 = (c.right() - 1) / TILE;
        for (int row = c.y() / TILE; row <= (c.bottom() - 1) / TILE; row++) {
            bits.set(row * columns + c0, row * columns + c1 + 1);
        }
    }

    public void addAll() {
        bits.set(0, columns * rows);
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    public int count() {
        return bits.cardinality();
    }

    public void clear() {
        bits.clear();
    }

    /** Tile {@code index} (row-major) as a screen rect, clipped at the right and bottom edges. */
    public Rect tile(int index) {
        int x = (index % columns) * TILE;
        int y = (index / columns) * TILE;
        return new Rect(x, y, Math.min(TILE, width - x), Math.min(TILE, height - y));
    }

    /** The next dirty tile index at or after {@code from}, or -1. */
    public int next(int from) {
        return bits.nextSetBit(from);
    }

    /** The bounding box of all dirty tiles (empty when none). */
    public Rect bounds() {
        Rect b = new Rect(0, 0, 0, 0);
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            b = b.union(tile(i));
        }
        return b;
    }
}
