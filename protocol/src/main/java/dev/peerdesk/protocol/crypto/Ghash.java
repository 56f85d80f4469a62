package dev.peerdesk.protocol.crypto;

/**
 * GHASH (NIST SP 800-38D 6.4) with Shoup's 4-bit tables, on 32-bit words (see {@link Aes256} for
 * why no longs). The 128-bit accumulator is y0..y3, most significant word first.
 */
final class Ghash {
    /** Reduction constants for the 4 bits shifted out (x^128 = x^7 + x^2 + x + 1, bit-reflected). */
    private static final int[] LAST4 = {
        0x0000, 0x1c20, 0x3840, 0x2460, 0x7080, 0x6ca0, 0x48c0, 0x54e0,
        0xe100, 0xfd20, 0xd940, 0xc560, 0x9180, 0x8da0, 0xa9c0, 0xb5e0,
    };

    /** table[16 * 4]: i * H for every 4-bit i, four words each. */
    private final int[] table = new int[64];
    private int y0, y1, y2, y3;

    Ghash(byte[] h) {
        int v0 = Aes256.getInt(h, 0), v1 = Aes256.getInt(h, 4), v2 = Aes256.getInt(h, 8), v3 = Aes256.getInt(h, 12);
        set(8, v0, v1, v2, v3);
        for (int i = 4; i > 0; i >>= 1) {
            int t = (v3 & 1) != 0 ? 0xe1000000 : 0;
            v3 = (v3 >>> 1) | (v2 << 31);
            v2 = (v2 >>> 1) | (v1 << 31);
            v1 = (v1 >>> 1) | (v0 << 31);
            v0 = (v0 >>> 1) ^ t;
            set(i, v0, v1, v2, v3);
        }
        for (int i = 2; i <= 8; i *= 2) {
            for (int j = 1; j < i; j++) {
                for (int w = 0; w < 4; w++) {
                    table[4 * (i + j) + w] = table[4 * i + w] ^ table[4 * j + w];
                }
            }
        }
    }

    void reset() {
        y0 = y1 = y2 = y3 = 0;
    }

    /** Absorbs {@code length} bytes, zero-padded to whole blocks. */
    void update(byte[] data, int offset, int length) {
        byte[] block = new byte[16];
        int end = offset + length;
        for (int p = offset; p < end; p += 16) {
            int n = Math.min(16, end - p);
            if (n == 16) {
                block(data, p);
            } else {
                java.util.Arrays.fill(block, (byte) 0);
                System.arraycopy(data, p, block, 0, n);
                block(block, 0);
            }
        }
    }

    /** Absorbs the final block of bit lengths. */
    void lengths(long aadBytes, long textBytes) {
        long a = aadBytes * 8;
        long c = textBytes * 8;
        byte[] block = new byte[16];
        Aes256.putInt(block, 0, (int) (a >>> 32));
        Aes256.putInt(block, 4, (int) a);
        Aes256.putInt(block, 8, (int) (c >>> 32));
        Aes256.putInt(block, 12, (int) c);
        block(block, 0);
    }

    void result(byte[] out) {
        Aes256.putInt(out, 0, y0);
        Aes256.putInt(out, 4, y1);
        Aes256.putInt(out, 8, y2);
        Aes256.putInt(out, 12, y3);
    }

    private void block(byte[] b, int off) {
        int x0 = y0 ^ Aes256.getInt(b, off);
        int x1 = y1 ^ Aes256.getInt(b, off + 4);
        int x2 = y2 ^ Aes256.getInt(b, off + 8);
        int x3 = y3 ^ Aes256.getInt(b, off + 12);
        int[] t = table;
        int z0 = 0, z1 = 0, z2 = 0, z3 = 0;
        // From the last byte to the first, low nibble then high nibble: z = z * x^4 + nibble * H.
        for (int i = 15; i >= 0; i--) {
            int word = i < 4 ? x0 : i < 8 ? x1 : i < 12 ? x2 : x3;
            int b8 = (word >>> (8 * (3 - (i & 3)))) & 0xff;
            for (int half = 0; half < 2; half++) {
                int nibble = half == 0 ? b8 & 0xf : b8 >>> 4;
                if (i != 15 || half != 0) {
                    int rem = z3 & 0xf;
                    z3 = (z3 >>> 4) | (z2 << 28);
                    z2 = (z2 >>> 4) | (z1 << 28);
                    z1 = (z1 >>> 4) | (z0 << 28);
                    z0 = (z0 >>> 4) ^ (LAST4[rem] << 16);
                }
                int k = 4 * nibble;
                z0 ^= t[k];
                z1 ^= t[k + 1];
                z2 ^= t[k + 2];
                z3 ^= t[k + 3];
            }
        }
        y0 = z0;
        y1 = z1;
        y2 = z2;
        y3 = z3;
    }

    private void set(int i, int a, int b, int c, int d) {
        table[4 * i] = a;
        table[4 * i + 1] = b;
        table[4 * i + 2] = c;
        table[4 * i + 3] = d;
    }
}
