package dev.peerdesk.protocol.crypto;

/**
 * The AES-256 forward cipher (FIPS 197) in pure Java, for {@link AesGcm} where JCA is missing
 * (TeaVM in the browser). Table-driven with 32-bit words only: TeaVM's JavaScript has fast ints
 * but emulated longs. Tables are built at class load from the field arithmetic, not pasted.
 * Table lookups are not constant-time; a remote peer cannot time a browser's cache, and the JVM
 * uses JCA's hardware AES instead.
 */
final class Aes256 {
    private static final int ROUNDS = 14;
    private static final int[] SBOX = new int[256];
    private static final int[] TE0 = new int[256];
    private static final int[] TE1 = new int[256];
    private static final int[] TE2 = new int[256];
    private static final int[] TE3 = new int[256];

    static {
        // Walk the multiplicative group with generator 3 and its inverse: p * q == 1 throughout.
        int p = 1;
        int q = 1;
        do {
            p = (p ^ (p << 1) ^ ((p & 0x80) != 0 ? 0x1b : 0)) & 0xff;
            q ^= q << 1;
            q ^= q << 2;
            q ^= q << 4;
            q &= 0xff;
            if ((q & 0x80) != 0) {
                q ^= 0x09;
            }
            int x = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4);
            SBOX[p] = (x ^ 0x63) & 0xff;
        } while (p != 1);
        SBOX[0] = 0x63;
        for (int i = 0; i < 256; i++) {
            int s = SBOX[i];
            int s2 = xtime(s);
            int t = (s2 << 24) | (s << 16) | (s << 8) | (s2 ^ s);
            TE0[i] = t;
            TE1[i] = Integer.rotateRight(t, 8);
            TE2[i] = Integer.rotateRight(t, 16);
            TE3[i] = Integer.rotateRight(t, 24);
        }
    }

    private final int[] roundKeys = new int[4 * (ROUNDS + 1)];

    Aes256(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 key must be 32 bytes");
        }
        int[] w = roundKeys;
        for (int i = 0; i < 8; i++) {
            w[i] = getInt(key, 4 * i);
        }
        int rcon = 1;
        for (int i = 8; i < w.length; i++) {
            int t = w[i - 1];
            if (i % 8 == 0) {
                t = subWord(Integer.rotateLeft(t, 8)) ^ (rcon << 24);
                rcon = xtime(rcon);
            } else if (i % 8 == 4) {
                t = subWord(t);
            }
            w[i] = w[i - 8] ^ t;
        }
    }

    /** Encrypts the 16-byte block {@code in[inOff..]} into {@code out[outOff..]}. */
    void encryptBlock(byte[] in, int inOff, byte[] out, int outOff) {
        int[] rk = roundKeys;
        int s0 = getInt(in, inOff) ^ rk[0];
        int s1 = getInt(in, inOff + 4) ^ rk[1];
        int s2 = getInt(in, inOff + 8) ^ rk[2];
        int s3 = getInt(in, inOff + 12) ^ rk[3];
        int k = 4;
        for (int r = 1; r < ROUNDS; r++) {
            int t0 = TE0[s0 >>> 24] ^ TE1[(s1 >>> 16) & 0xff] ^ TE2[(s2 >>> 8) & 0xff] ^ TE3[s3 & 0xff] ^ rk[k];
            int t1 = TE0[s1 >>> 24] ^ TE1[(s2 >>> 16) & 0xff] ^ TE2[(s3 >>> 8) & 0xff] ^ TE3[s0 & 0xff] ^ rk[k + 1];
            int t2 = TE0[s2 >>> 24] ^ TE1[(s3 >>> 16) & 0xff] ^ TE2[(s0 >>> 8) & 0xff] ^ TE3[s1 & 0xff] ^ rk[k + 2];
            int t3 = TE0[s3 >>> 24] ^ TE1[(s0 >>> 16) & 0xff] ^ TE2[(s1 >>> 8) & 0xff] ^ TE3[s2 & 0xff] ^ rk[k + 3];
            s0 = t0;
            s1 = t1;
            s2 = t2;
            s3 = t3;
            k += 4;
        }
        putInt(out, outOff, last(s0, s1, s2, s3) ^ rk[k]);
        putInt(out, outOff + 4, last(s1, s2, s3, s0) ^ rk[k + 1]);
        putInt(out, outOff + 8, last(s2, s3, s0, s1) ^ rk[k + 2]);
        putInt(out, outOff + 12, last(s3, s0, s1, s2) ^ rk[k + 3]);
    }

    private static int last(int a, int b, int c, int d) {
        return (SBOX[a >>> 24] << 24) | (SBOX[(b >>> 16) & 0xff] << 16) | (SBOX[(c >>> 8) & 0xff] << 8) | SBOX[d & 0xff];
    }

    private static int subWord(int w) {
        return last(w, w, w, w);
    }

    private static int xtime(int b) {
        return ((b << 1) ^ ((b & 0x80) != 0 ? 0x1b : 0)) & 0xff;
    }

    private static int rotl8(int x, int n) {
        return ((x << n) | (x >>> (8 - n))) & 0xff;
    }

    static int getInt(byte[] b, int off) {
        return (b[off] << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
