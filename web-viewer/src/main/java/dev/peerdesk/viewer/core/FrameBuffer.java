package dev.peerdesk.viewer.core;

import dev.peerdesk.protocol.tiles.FrameSink;

/**
 * The remote screen as RGBA bytes, in the layout of the canvas's ImageData, so painting is one
 * putImageData of the dirty rectangle. Tracks the rectangle changed since the last
 * {@link #takeDirty}. The decoder has bounds-checked every rectangle against the announced size.
 */
public final class FrameBuffer implements FrameSink {
    /** Told when a frame is complete (to paint and acknowledge) and when the screen size changes. */
    public interface Listener {
        void resized(int width, int height);

        void frameComplete(long frameId);

        void cursor(int x, int y, boolean visible);
    }

    private final Listener listener;
    private byte[] rgba = new byte[0];
    private int width;
    private int height;
    private int dirtyX0 = Integer.MAX_VALUE;
    private int dirtyY0 = Integer.MAX_VALUE;
    private int dirtyX1;
    private int dirtyY1;

    public FrameBuffer(Listener listener) {
        this.listener = listener;
    }

    public byte[] rgba() {
        return rgba;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The changed rectangle {x, y, w, h} since the last call, or null; clears it. */
    public int[] takeDirty() {
        if (dirtyX0 >= dirtyX1 || dirtyY0 >= dirtyY1) {
            return null;
        }
        int[] r = {dirtyX0, dirtyY0, dirtyX1 - dirtyX0, dirtyY1 - dirtyY0};
        dirtyX0 = dirtyY0 = Integer.MAX_VALUE;
        dirtyX1 = dirtyY1 = 0;
        return r;
    }

    /** The 0xRRGGBB pixel at (x, y), for tests and checks. */
    public int rgb(int x, int y) {
        int i = (y * width + x) * 4;
        return (rgba[i] & 0xff) << 16 | (rgba[i + 1] & 0xff) << 8 | (rgba[i + 2] & 0xff);
    }

    @Override
    public void frameStart(long frameId, int w, int h) {
        if (w != width || h != height) {
            width = w;
            height = h;
            rgba = new byte[w * h * 4];
            for (int i = 3; i < rgba.length; i += 4) {
                rgba[i] = (byte) 0xff;
            }
            dirty(0, 0, w, h);
            listener.resized(w, h);
        }
    }

    @Override
    public void fill(int x, int y, int w, int h, int rgb) {
        byte r = (byte) (rgb >>> 16);
        byte g = (byte) (rgb >>> 8);
        byte b = (byte) rgb;
        for (int row = y; row < y + h; row++) {
            int i = (row * width + x) * 4;
            for (int end = i + w * 4; i < end; i += 4) {
                rgba[i] = r;
                rgba[i + 1] = g;
                rgba[i + 2] = b;
            }
        }
        dirty(x, y, w, h);
    }

    @Override
    public void pixels(int x, int y, int w, int h, int[] pixels, int offset, int stride) {
        for (int row = 0; row < h; row++) {
            int i = ((y + row) * width + x) * 4;
            int p = offset + row * stride;
            for (int col = 0; col < w; col++, i += 4) {
                int c = pixels[p + col];
                rgba[i] = (byte) (c >>> 16);
                rgba[i + 1] = (byte) (c >>> 8);
                rgba[i + 2] = (byte) c;
            }
        }
        dirty(x, y, w, h);
    }

    @Override
    public void copy(int srcX, int srcY, int x, int y, int w, int h) {
        int rowBytes = w * 4;
        // Rows in the direction that never reads a row already overwritten (memmove semantics).
        if (y <= srcY) {
            for (int row = 0; row < h; row++) {
                System.arraycopy(rgba, ((srcY + row) * width + srcX) * 4, rgba, ((y + row) * width + x) * 4, rowBytes);
            }
        } else {
            for (int row = h - 1; row >= 0; row--) {
                System.arraycopy(rgba, ((srcY + row) * width + srcX) * 4, rgba, ((y + row) * width + x) * 4, rowBytes);
            }
        }
        dirty(x, y, w, h);
    }

    @Override
    public void frameEnd(long frameId) {
        listener.frameComplete(frameId);
    }

    @Override
    public void cursorShape(int hotX, int hotY, int w, int h, int[] argb) {
        // The canvas shows the local pointer; the host's cursor image is not drawn yet.
    }

    @Override
    public void cursorPosition(int x, int y, boolean visible) {
        listener.cursor(x, y, visible);
    }

    private void dirty(int x, int y, int w, int h) {
        dirtyX0 = Math.min(dirtyX0, x);
        dirtyY0 = Math.min(dirtyY0, y);
        dirtyX1 = Math.max(dirtyX1, x + w);
        dirtyY1 = Math.max(dirtyY1, y + h);
    }
}
