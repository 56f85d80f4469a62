package dev.peerdesk.protocol.tiles;

/**
 * Where decoded screen updates go: the viewer's canvas in the browser, an {@code int[]} in JVM tests.
 * Colours are {@code 0xRRGGBB}. The decoder has already checked every rectangle against the screen
 * size it announced in {@link #frameStart}, so a sink never has to bounds-check.
 */
public interface FrameSink {
    /** A part of frame {@code frameId} begins; the screen is {@code width} x {@code height}. */
    void frameStart(long frameId, int width, int height);

    /** Fill a rectangle with one colour. */
    void fill(int x, int y, int width, int height, int rgb);

    /** Put pixels; row {@code r} starts at {@code pixels[offset + r * stride]}. */
    void pixels(int x, int y, int width, int height, int[] pixels, int offset, int stride);

    /** Copy a rectangle of the current screen (memmove semantics: source and target may overlap). */
    void copy(int srcX, int srcY, int x, int y, int width, int height);

    /** The last part of frame {@code frameId} was applied: the viewer acknowledges it now. */
    void frameEnd(long frameId);

    /** The cursor image changed: {@code argb} holds width*height non-premultiplied ARGB pixels. */
    void cursorShape(int hotX, int hotY, int width, int height, int[] argb);

    /** The cursor moved (screen coordinates) or was hidden. */
    void cursorPosition(int x, int y, boolean visible);
}
