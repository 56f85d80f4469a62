package dev.peerdesk.host.screen;

/**
 * One captured screen image: {@code 0xRRGGBB} pixels (the high byte is ignored), row-major,
 * {@code stride} ints per row. The capture owns the array and may reuse it for the next frame,
 * so consumers copy what they keep.
 */
public record Frame(int width, int height, int stride, int[] pixels) {
    public Frame {
        if (width <= 0 || height <= 0 || stride < width || pixels.length < (long) stride * (height - 1) + width) {
            throw new IllegalArgumentException("frame " + width + "x" + height + " stride " + stride
                    + " with " + pixels.length + " pixels");
        }
    }

    public int rgb(int x, int y) {
        return pixels[y * stride + x] & 0xffffff;
    }
}
