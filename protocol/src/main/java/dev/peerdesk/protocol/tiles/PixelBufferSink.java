package dev.peerdesk.protocol.tiles;

/**
 * A {@link FrameSink} into an {@code int[]} of 0xRRGGBB pixels: the viewer's back buffer and
 * the test oracle. A new screen size reallocates the buffer (black).
 */
public class PixelBufferSink implements FrameSink {
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private long lastCompletedFrame;
    private int cursorX;
    private int cursorY;
    private boolean cursorVisible;
    private int[] cursorArgb = new int[0];

    @Override
    public void frameStart(long frameId, int w, int h) {
        if (w != width || h != height) {
            width = w;
            height = h;
            pixels = new int[w * h];
        }
    }

    @Override
    public void fill(int x, int y, int w, int h, int rgb) {
        for (int r = 0; r < h; r++) {
            int at = (y + r) * width + x;
            java.util.Arrays.fill(pixels, at, at + w, rgb);
        }
    }

    @Override
    public void pixels(int x, int y, int w, int h, int[] src, int offset, int stride) {
        for (int r = 0; r < h; r++) {
            System.arraycopy(src, offset + r * stride, pixels, (y + r) * width + x, w);
        }
    }

    @Override
    public void copy(int srcX, int srcY, int x, int y, int w, int h) {
        // Walk rows away from the overlap so a row is read before it is overwritten.
        if (y > srcY) {
            for (int r = h - 1; r >= 0; r--) {
                System.arraycopy(pixels, (srcY + r) * width + srcX, pixels, (y + r) * width + x, w);
            }
        } else {
            for (int r = 0; r < h; r++) {
                System.arraycopy(pixels, (srcY + r) * width + srcX, pixels, (y + r) * width + x, w);
            }
        }
    }

    @Override
    public void frameEnd(long frameId) {
        lastCompletedFrame = frameId;
    }

    @Override
    public void cursorShape(int hotX, int hotY, int w, int h, int[] argb) {
        cursorArgb = argb.clone();
    }

    @Override
    public void cursorPosition(int x, int y, boolean visible) {
        cursorX = x;
        cursorY = y;
        cursorVisible = visible;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live buffer, row-major, {@link #width()} per row. */
    public int[] pixels() {
        return pixels;
    }

    public long lastCompletedFrame() {
        return lastCompletedFrame;
    }

    public int cursorX() {
        return cursorX;
    }

    public int cursorY() {
        return cursorY;
    }

    public boolean cursorVisible() {
        return cursorVisible;
    }

    public int[] cursorArgb() {
        return cursorArgb.clone();
    }
}
