package dev.peerdesk.protocol.tiles;

/** Bounds-checked big-endian reads; running past the end is a {@link TileFormatException}. */
final class WireReader {
    private final byte[] buf;
    private final int end;
    private int pos;

    WireReader(byte[] buf, int offset, int length) {
        if (offset < 0 || length < 0 || offset > buf.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " length " + length);
        }
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    int remaining() {
        return end - pos;
    }

    void need(long bytes, String what) throws TileFormatException {
        if (bytes > remaining()) {
            throw new TileFormatException(what + ": needs " + bytes + " bytes, " + remaining() + " left");
        }
    }

    int u8(String what) throws TileFormatException {
        need(1, what);
        return buf[pos++] & 0xff;
    }

    int u16(String what) throws TileFormatException {
        need(2, what);
        int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    long u32(String what) throws TileFormatException {
        need(4, what);
        long v = ((long) (buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16)
                | ((buf[pos + 2] & 0xff) << 8) | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    /** Three bytes r, g, b as 0xRRGGBB. */
    int rgb(String what) throws TileFormatException {
        need(3, what);
        int v = ((buf[pos] & 0xff) << 16) | ((buf[pos + 1] & 0xff) << 8) | (buf[pos + 2] & 0xff);
        pos += 3;
        return v;
    }

    /** Unsigned LEB128 of at most 4 bytes (values below 2^28). */
    int varint(String what) throws TileFormatException {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int b = u8(what);
            value |= (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                if (i > 0 && b == 0) {
                    throw new TileFormatException(what + ": varint not minimally encoded");
                }
                return value;
            }
        }
        throw new TileFormatException(what + ": varint longer than 4 bytes");
    }

    void end(String what) throws TileFormatException {
        if (pos != end) {
            throw new TileFormatException(what + ": " + remaining() + " trailing bytes");
        }
    }
}
