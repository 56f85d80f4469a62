package dev.peerdesk.host.codec;

import static dev.peerdesk.protocol.tiles.TileWire.*;

import dev.peerdesk.host.screen.DirtyTiles;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import dev.peerdesk.protocol.tiles.FramePartWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lossless tile codec ({@link dev.peerdesk.protocol.tiles.TileWire}). It keeps a shadow of the
 * viewer's image; for each dirty tile it sends only the bounding box of pixels that differ from
 * the shadow, after first looking for a vertical scroll (sent as one COPY). Messages are cut at the
 * channel limit. Not thread-safe.
 */
public final class TileScreenEncoder implements ScreenEncoder {
    private final RectEncoder rects = new RectEncoder();
    private final ScrollDetector scrolls = new ScrollDetector();
    private final FramePartWriter writer;
    private int[] shadow = new int[0];
    private int width;
    private int height;
    private boolean needFull = true;
    private final java.util.zip.Deflater deflater;
    private int rawBytesInPart;

    public TileScreenEncoder() {
        this(MAX_MESSAGE_BYTES, true);
    }

    /**
     * @param deflate wrap parts that are mostly palette rects (text, UI) in DEFLATED messages:
     *     about 3x fewer bytes for them; parts mostly of RAW rects (photos) do not shrink and skip it
     */
    public TileScreenEncoder(int messageLimit, boolean deflate) {
        this.deflater = deflate ? new java.util.zip.Deflater(1, true) : null;
        if (messageLimit < FRAME_HEADER_BYTES + RECT_HEADER_BYTES + 3 * DirtyTiles.TILE * DirtyTiles.TILE) {
            throw new IllegalArgumentException("message limit " + messageLimit + " below one raw tile");
        }
        this.writer = new FramePartWriter(messageLimit);
    }

    @Override
    public void reset() {
        needFull = true;
    }

    @Override
    public List<byte[]> encode(long frameId, Frame f, DirtyTiles dirty) {
        if (f.width() != width || f.height() != height || dirty.width() != f.width() || dirty.height() != f.height()) {
            if (dirty.width() != f.width() || dirty.height() != f.height()) {
                throw new IllegalArgumentException("dirty tiles for " + dirty.width() + "x" + dirty.height()
                        + ", frame " + f.width() + "x" + f.height());
            }
            width = f.width();
            height = f.height();
            shadow = new int[width * height];
            needFull = true;
        }
        List<byte[]> out = new ArrayList<>();
        writer.begin(frameId, width, height);
        if (needFull) {
            // The viewer's image is unknown: paint everything, starting from a black screen.
            java.util.Arrays.fill(shadow, 0);
            dirty.addAll();
            rect(out, frameId, KIND_SOLID, 0, 0, width, height, 3);
            writer.rgb(0);
            needFull = false;
        } else {
            ScrollDetector.Scroll s = scrolls.find(shadow, width, f.pixels(), f.stride(), dirty.bounds());
            if (s != null) {
                rect(out, frameId, KIND_COPY, s.x(), s.targetY(), s.width(), s.height(), 4);
                writer.u16(s.x());
                writer.u16(s.sourceY());
                applyCopy(s);
            }
        }
        for (int t = dirty.next(0); t >= 0; t = dirty.next(t + 1)) {
            tile(out, frameId, f, dirty.tile(t));
        }
        if (writer.rectCount() == 0 && out.isEmpty()) {
            writer.finish(true);
            rawBytesInPart = 0;
            return List.of();
        }
        out.add(emit(writer.finish(true)));
        return out;
    }

    /** The part as is, or DEFLATED when it is mostly compressible rects and shrinks by an eighth. */
    private byte[] emit(byte[] part) {
        boolean mostlyRaw = 2L * rawBytesInPart > part.length;
        rawBytesInPart = 0;
        if (deflater == null || mostlyRaw || part.length < 256) {
            return part;
        }
        deflater.reset();
        deflater.setInput(part);
        deflater.finish();
        byte[] z = new byte[part.length];
        z[0] = (byte) TYPE_DEFLATED;
        int n = 1;
        while (!deflater.finished() && n < z.length) {
            n += deflater.deflate(z, n, z.length - n);
        }
        if (!deflater.finished() || n > part.length - part.length / 8) {
            return part;
        }
        return java.util.Arrays.copyOf(z, n);
    }

    private void tile(List<byte[]> out, long frameId, Frame f, Rect t) {
        // Bounding box of the pixels that differ from what the viewer shows.
        int minX = Integer.MAX_VALUE, minY = -1, maxX = -1, maxY = -1;
        int[] px = f.pixels();
        for (int y = t.y(); y < t.bottom(); y++) {
            int row = y * f.stride();
            int srow = y * width;
            for (int x = t.x(); x < t.right(); x++) {
                if (((px[row + x] ^ shadow[srow + x]) & 0xffffff) != 0) {
                    if (minY < 0) {
                        minY = y;
                    }
                    maxY = y;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    break;
                }
            }
            if (minY >= 0 && maxY == y) {
                for (int x = t.right() - 1; x > maxX; x--) {
                    if (((px[row + x] ^ shadow[srow + x]) & 0xffffff) != 0) {
                        maxX = x;
                        break;
                    }
                }
            }
        }
        if (minY < 0) {
            return;
        }
        int w = maxX - minX + 1;
        int h = maxY - minY + 1;
        int offset = minY * f.stride() + minX;
        int size = rects.measure(px, offset, f.stride(), w, h);
        if (size > writer.room() || writer.rectCount() == 0xffff) {
            out.add(emit(writer.finish(false)));
            writer.begin(frameId, width, height);
        }
        if (rects.write(writer, minX, minY, px, offset, f.stride(), w, h) == KIND_RAW) {
            rawBytesInPart += 3 * w * h;
        }
        rects.invalidate(); // the capture reuses its array: the next frame may hold other pixels at this offset
        // The high byte is copied as captured; every comparison masks it off.
        for (int y = minY; y <= maxY; y++) {
            System.arraycopy(px, y * f.stride() + minX, shadow, y * width + minX, w);
        }
    }

    /** Starts a rect of {@code bodyBytes}, cutting the message first when it would not fit. */
    private void rect(List<byte[]> out, long frameId, int kind, int x, int y, int w, int h, int bodyBytes) {
        if (RECT_HEADER_BYTES + bodyBytes > writer.room() || writer.rectCount() == 0xffff) {
            out.add(emit(writer.finish(false)));
            writer.begin(frameId, width, height);
        }
        writer.rect(kind, x, y, w, h);
    }

    private void applyCopy(ScrollDetector.Scroll s) {
        int[] rows = new int[s.width() * s.height()];
        for (int r = 0; r < s.height(); r++) {
            System.arraycopy(shadow, (s.sourceY() + r) * width + s.x(), rows, r * s.width(), s.width());
        }
        for (int r = 0; r < s.height(); r++) {
            System.arraycopy(rows, r * s.width(), shadow, (s.targetY() + r) * width + s.x(), s.width());
        }
    }
}
