package dev.peerdesk.protocol.tiles;

import static dev.peerdesk.protocol.tiles.TileWire.*;

/**
 * Decodes host-to-viewer screen messages ({@link TileWire}) into a {@link FrameSink}. Pure Java
 * with no clock, thread or I/O, so the TeaVM viewer runs exactly this code.
 *
 * <p>Stateful only in what the ordered {@code video} channel guarantees: frame ids strictly grow
 * and the parts of one frame arrive together with one screen size. Anything else is a
 * {@link TileFormatException}; after one the session must close, since the sink may hold a
 * partly applied message. Not thread-safe.
 */
public final class TileDecoder {
    private final FrameSink sink;
    private int[] scratch = new int[0];
    private long openFrame = -1;
    private long lastFrame = 0;
    private int openWidth;
    private int openHeight;

    public TileDecoder(FrameSink sink) {
        this.sink = sink;
    }

    public void decode(byte[] message) throws TileFormatException {
        decode(message, 0, message.length);
    }

    public void decode(byte[] message, int offset, int length) throws TileFormatException {
        if (length > MAX_MESSAGE_BYTES) {
            throw new TileFormatException("message of " + length + " bytes exceeds " + MAX_MESSAGE_BYTES);
        }
        if (length > 0 && message[offset] == TYPE_DEFLATED) {
            byte[] inner = Inflater.inflate(message, offset + 1, length - 1, MAX_MESSAGE_BYTES);
            if (inner.length > 0 && inner[0] == TYPE_DEFLATED) {
                throw new TileFormatException("nested DEFLATED message");
            }
            decode(inner, 0, inner.length);
            return;
        }
        WireReader in = new WireReader(message, offset, length);
        int type = in.u8("message type");
        switch (type) {
            case TYPE_FRAME_PART -> framePart(in);
            case TYPE_CURSOR_SHAPE -> cursorShape(in);
            case TYPE_CURSOR_POS -> cursorPosition(in);
            default -> throw new TileFormatException("unknown message type " + type);
        }
        in.end("message");
    }

    private void framePart(WireReader in) throws TileFormatException {
        int flags = in.u8("flags");
        if ((flags & ~FLAG_LAST) != 0) {
            throw new TileFormatException("unknown flags " + flags);
        }
        long id = in.u32("frame id");
        int width = in.u16("screen width");
        int height = in.u16("screen height");
        int rects = in.u16("rect count");
        if (width == 0 || height == 0 || width > MAX_SCREEN_SIDE || height > MAX_SCREEN_SIDE) {
            throw new TileFormatException("screen size " + width + "x" + height);
        }
        if (openFrame >= 0) {
            if (id != openFrame || width != openWidth || height != openHeight) {
                throw new TileFormatException("frame " + id + " " + width + "x" + height
                        + " interleaves open frame " + openFrame + " " + openWidth + "x" + openHeight);
            }
        } else if (id <= lastFrame) {
            throw new TileFormatException("frame id " + id + " not after " + lastFrame);
        }
        openFrame = id;
        openWidth = width;
        openHeight = height;
        sink.frameStart(id, width, height);
        for (int i = 0; i < rects; i++) {
            rect(in, width, height);
        }
        in.end("frame part");
        if ((flags & FLAG_LAST) != 0) {
            openFrame = -1;
            lastFrame = id;
            sink.frameEnd(id);
        }
    }

    private void rect(WireReader in, int screenW, int screenH) throws TileFormatException {
        int kind = in.u8("rect kind");
        int x = in.u16("rect x");
        int y = in.u16("rect y");
        int w = in.u16("rect width");
        int h = in.u16("rect height");
        if (w == 0 || h == 0 || x + w > screenW || y + h > screenH) {
            throw new TileFormatException("rect " + w + "x" + h + "+" + x + "+" + y + " outside "
                    + screenW + "x" + screenH);
        }
        int area = w * h; // both below 2^14 after the check above: no overflow
        if ((kind == KIND_RAW || kind == KIND_PALETTE) && area > MAX_PIXEL_RECT_AREA) {
            throw new TileFormatException("pixel rect of " + area + " pixels exceeds " + MAX_PIXEL_RECT_AREA);
        }
        switch (kind) {
            case KIND_SOLID -> sink.fill(x, y, w, h, in.rgb("solid colour"));
            case KIND_RAW -> {
                in.need(3L * area, "raw pixels");
                scratch(area);
                for (int i = 0; i < area; i++) {
                    scratch[i] = in.rgb("raw pixel");
                }
                sink.pixels(x, y, w, h, scratch, 0, w);
            }
            case KIND_PALETTE -> palette(in, x, y, w, h);
            case KIND_COPY -> {
                int sx = in.u16("copy source x");
                int sy = in.u16("copy source y");
                if (sx + w > screenW || sy + h > screenH) {
                    throw new TileFormatException("copy source outside the screen");
                }
                sink.copy(sx, sy, x, y, w, h);
            }
            default -> throw new TileFormatException("unknown rect kind " + kind);
        }
    }

    private final int[] colours = new int[MAX_PALETTE];

    private void palette(WireReader in, int x, int y, int w, int h) throws TileFormatException {
        int n = in.u8("palette size") + 1;
        if (n > MAX_PALETTE) {
            throw new TileFormatException("palette of " + n + " colours exceeds " + MAX_PALETTE);
        }
        for (int i = 0; i < n; i++) {
            colours[i] = in.rgb("palette colour");
        }
        int area = w * h;
        scratch(area);
        int filled = 0;
        while (filled < area) {
            int b = in.u8("palette run");
            int index = b & 0x7f;
            if (index >= n) {
                throw new TileFormatException("palette index " + index + " of " + n);
            }
            int run = (b & 0x80) == 0 ? 1 : 2 + in.varint("run length");
            if (run > area - filled) {
                throw new TileFormatException("palette runs overflow the rect");
            }
            int c = colours[index];
            for (int end = filled + run; filled < end; filled++) {
                scratch[filled] = c;
            }
        }
        sink.pixels(x, y, w, h, scratch, 0, w);
    }

    /** Grows the pixel scratch buffer only as far as rects that passed their size checks need. */
    private void scratch(int area) {
        if (scratch.length < area) {
            scratch = new int[Math.max(area, Math.min(MAX_PIXEL_RECT_AREA, 2 * scratch.length))];
        }
    }

    private void cursorShape(WireReader in) throws TileFormatException {
        int hotX = in.u16("hot x");
        int hotY = in.u16("hot y");
        int w = in.u16("cursor width");
        int h = in.u16("cursor height");
        if (w > MAX_CURSOR_SIDE || h > MAX_CURSOR_SIDE || (w > 0 && hotX >= w) || (h > 0 && hotY >= h)
                || (w == 0) != (h == 0)) {
            throw new TileFormatException("cursor " + w + "x" + h + " hot spot " + hotX + "," + hotY);
        }
        in.need(4L * w * h, "cursor pixels");
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (int) in.u32("cursor pixel");
        }
        sink.cursorShape(hotX, hotY, w, h, argb);
    }

    private void cursorPosition(WireReader in) throws TileFormatException {
        int x = in.u16("cursor x");
        int y = in.u16("cursor y");
        int visible = in.u8("cursor visible");
        if (visible > 1) {
            throw new TileFormatException("cursor visible flag " + visible);
        }
        sink.cursorPosition(x, y, visible == 1);
    }
}
