package dev.peerdesk.protocol.message;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads one message body, bounds-checked: every overrun is a {@link ProtocolException}. */
public final class WireReader {
    private final ByteBuffer body;

    WireReader(ByteBuffer body) {
        this.body = body;
    }

    int u8() throws ProtocolException {
        need(1);
        return body.get() & 0xff;
    }

    int u16() throws ProtocolException {
        need(2);
        return body.getShort() & 0xffff;
    }

    int s16() throws ProtocolException {
        need(2);
        return body.getShort();
    }

    long u32() throws ProtocolException {
        need(4);
        return body.getInt() & 0xffffffffL;
    }

    long u64() throws ProtocolException {
        need(8);
        return body.getLong();
    }

    boolean bool() throws ProtocolException {
        int v = u8();
        if (v > 1) {
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, "boolean " + v);
        }
        return v == 1;
    }

    byte[] bytes(int n) throws ProtocolException {
        need(n);
        byte[] out = new byte[n];
        body.get(out);
        return out;
    }

    /** A u16 length then that many bytes, at most {@code max}. */
    byte[] bytes16(int max, String field) throws ProtocolException {
        return bytes(checkLength(u16(), max, field));
    }

    /** A u32 length then that many bytes, at most {@code max}. */
    byte[] bytes32(int max, String field) throws ProtocolException {
        long n = u32();
        return bytes(checkLength(n, max, field));
    }

    /** A u16 length then strictly valid UTF-8 of at most {@code maxBytes}. */
    String utf8(int maxBytes, String field) throws ProtocolException {
        byte[] raw = bytes16(maxBytes, field);
        if (!Utf8.isValid(raw)) {
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, field + " is not valid UTF-8");
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    /** The rest of the body. */
    byte[] rest() {
        byte[] out = new byte[body.remaining()];
        body.get(out);
        return out;
    }

    /** Every body must be consumed exactly, so each message has one encoding. */
    void end() throws ProtocolException {
        if (body.hasRemaining()) {
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, body.remaining() + " trailing bytes");
        }
    }

    static int checkLength(long n, int max, String field) throws ProtocolException {
        if (n > max) {
            throw new ProtocolException(ProtocolException.Reason.TOO_LONG, field + " " + n + " > " + max);
        }
        return (int) n;
    }

    private void need(int n) throws ProtocolException {
        if (body.remaining() < n) {
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, "body ends early");
        }
    }
}
