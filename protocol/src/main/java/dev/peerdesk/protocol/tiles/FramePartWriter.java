package dev.peerdesk.protocol.tiles;

import static dev.peerdesk.protocol.tiles.TileWire.*;

import java.util.Arrays;

/**
 * Builds FRAME_PART messages ({@link TileWire}): a header, then rects appended by the encoder
 * through the put methods. The caller checks {@link #room()} before a rect; the writer never
 * grows a message past its limit (an attempt is a local bug: {@link IllegalStateException}).
 */
public final class FramePartWriter {
    private final byte[] buf;
    private int pos;
    private int rects;
    private boolean open;

    public FramePartWriter(int maxMessageBytes) {
        if (maxMessageBytes < FRAME_HEADER_BYTES + RECT_HEADER_BYTES + 8 || maxMessageBytes > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("message limit " + maxMessageBytes);
        }
        buf = new byte[maxMessageBytes];
    }

    /** Starts a part of frame {@code frameId} for a {@code width} x {@code height} screen. */
    public void begin(long frameId, int width, int height) {
        if (frameId <= 0 || frameId > 0xffffffffL) {
            throw new IllegalArgumentException("frame id " + frameId);
        }
        pos = 0;
        rects = 0;
        open = true;
        u8(TYPE_FRAME_PART);
        u8(0);
        u32(frameId);
        u16(width);
        u16(height);
        u16(0);
    }

    /** Bytes still free in this part. */
    public int room() {
        return buf.length - pos;
    }

    public int rectCount() {
        return rects;
    }

    public void rect(int kind, int x, int y, int width, int height) {
        if (rects == 0xffff) {
            throw new IllegalStateException("rect count overflow: the encoder checks rectCount()");
        }
        rects++;
        u8(kind);
        u16(x);
        u16(y);
        u16(width);
        u16(height);
    }

    public void u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    public void u16(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    public void u32(long v) {
        ensure(4);
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    public void rgb(int rgb) {
        ensure(3);
        buf[pos++] = (byte) (rgb >>> 16);
        buf[pos++] = (byte) (rgb >>> 8);
        buf[pos++] = (byte) rgb;
    }

    /** Unsigned LEB128, values below 2^28. */
    public void varint(int v) {
        if (v < 0 || v >= 1 << 28) {
            throw new IllegalArgumentException("varint " + v);
        }
        while (v >= 0x80) {
            u8((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        u8(v);
    }

    /** Ends the part; {@code last} marks the end of the frame. */
    public byte[] finish(boolean last) {
        if (!open) {
            throw new IllegalStateException("finish without begin");
        }
        open = false;
        buf[1] = (byte) (last ? FLAG_LAST : 0);
        buf[10] = (byte) (rects >>> 8);
        buf[11] = (byte) rects;
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int n) {
        if (n > buf.length - pos) {
            throw new IllegalStateException("rect past the message limit: the encoder checks room()");
        }
    }
}
