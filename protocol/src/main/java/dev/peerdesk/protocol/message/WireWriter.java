package dev.peerdesk.protocol.message;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds one frame; encoders validate limits first, so writing never fails on good messages. */
public final class WireWriter {
    private byte[] buf = new byte[64];
    private int size;

    WireWriter u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    WireWriter u16(int v) {
        return u8(v >>> 8).u8(v);
    }

    WireWriter u32(long v) {
        return u16((int) (v >>> 16)).u16((int) v);
    }

    WireWriter u64(long v) {
        return u32(v >>> 32).u32(v & 0xffffffffL);
    }

    WireWriter bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    WireWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    WireWriter bytes16(byte[] b) {
        return u16(b.length).bytes(b);
    }

    WireWriter bytes32(byte[] b) {
        return u32(b.length).bytes(b);
    }

    WireWriter utf8(String s) {
        return bytes16(s.getBytes(StandardCharsets.UTF_8));
    }

    int size() {
        return size;
    }

    void putU32At(int offset, long v) {
        buf[offset] = (byte) (v >>> 24);
        buf[offset + 1] = (byte) (v >>> 16);
        buf[offset + 2] = (byte) (v >>> 8);
        buf[offset + 3] = (byte) v;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
