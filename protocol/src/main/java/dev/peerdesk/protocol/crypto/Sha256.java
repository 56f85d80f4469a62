package dev.peerdesk.protocol.crypto;

/**
 * SHA-256 (FIPS 180-4) in pure Java: TeaVM has no {@code MessageDigest}, and the viewer needs the
 * same hash as the host for SRP and HKDF. Incremental: {@link #update} any number of times, then
 * {@link #digest()}, which also resets the instance for reuse. Not thread-safe.
 */
public final class Sha256 implements Hash {
    /** Digest length in bytes. */
    public static final int LENGTH = 32;

    /** Block length in bytes (what HMAC pads its key to). */
    public static final int BLOCK_LENGTH = 64;

    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private final int[] state = new int[8];
    private final int[] w = new int[64];
    private final byte[] buffer = new byte[BLOCK_LENGTH];
    private int buffered;
    private long totalBytes;

    public Sha256() {
        reset();
    }

    /** The SHA-256 of {@code data} in one call. */
    public static byte[] hash(byte[] data) {
        Sha256 h = new Sha256();
        h.update(data, 0, data.length);
        return h.digest();
    }

    @Override
    public int length() {
        return LENGTH;
    }

    @Override
    public int blockLength() {
        return BLOCK_LENGTH;
    }

    @Override
    public Hash newInstance() {
        return new Sha256();
    }

    @Override
    public void reset() {
        state[0] = 0x6a09e667;
        state[1] = 0xbb67ae85;
        state[2] = 0x3c6ef372;
        state[3] = 0xa54ff53a;
        state[4] = 0x510e527f;
        state[5] = 0x9b05688c;
        state[6] = 0x1f83d9ab;
        state[7] = 0x5be0cd19;
        buffered = 0;
        totalBytes = 0;
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " length " + length);
        }
        totalBytes += length;
        if (buffered > 0) {
            int take = Math.min(length, BLOCK_LENGTH - buffered);
            System.arraycopy(data, offset, buffer, buffered, take);
            buffered += take;
            offset += take;
            length -= take;
            if (buffered < BLOCK_LENGTH) {
                return;
            }
            compress(buffer, 0);
            buffered = 0;
        }
        while (length >= BLOCK_LENGTH) {
            compress(data, offset);
            offset += BLOCK_LENGTH;
            length -= BLOCK_LENGTH;
        }
        System.arraycopy(data, offset, buffer, 0, length);
        buffered = length;
    }

    @Override
    public byte[] digest() {
        long bitLength = totalBytes << 3;
        buffer[buffered++] = (byte) 0x80;
        if (buffered > BLOCK_LENGTH - 8) {
            java.util.Arrays.fill(buffer, buffered, BLOCK_LENGTH, (byte) 0);
            compress(buffer, 0);
            buffered = 0;
        }
        java.util.Arrays.fill(buffer, buffered, BLOCK_LENGTH - 8, (byte) 0);
        int hi = (int) (bitLength >>> 32);
        int lo = (int) bitLength;
        putInt(buffer, BLOCK_LENGTH - 8, hi);
        putInt(buffer, BLOCK_LENGTH - 4, lo);
        compress(buffer, 0);
        byte[] out = new byte[LENGTH];
        for (int i = 0; i < 8; i++) {
            putInt(out, i * 4, state[i]);
        }
        reset();
        return out;
    }

    private void compress(byte[] block, int offset) {
        int[] w = this.w;
        for (int i = 0; i < 16; i++) {
            int p = offset + i * 4;
            w[i] = (block[p] << 24) | ((block[p + 1] & 0xff) << 16) | ((block[p + 2] & 0xff) << 8)
                    | (block[p + 3] & 0xff);
        }
        for (int i = 16; i < 64; i++) {
            int x = w[i - 15];
            int y = w[i - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        int a = state[0], b = state[1], c = state[2], d = state[3];
        int e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i++) {
            int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int ch = (e & f) ^ (~e & g);
            int t1 = h + s1 + ch + K[i] + w[i];
            int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int maj = (a & b) ^ (a & c) ^ (b & c);
            int t2 = s0 + maj;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    private static void putInt(byte[] out, int offset, int v) {
        out[offset] = (byte) (v >>> 24);
        out[offset + 1] = (byte) (v >>> 16);
        out[offset + 2] = (byte) (v >>> 8);
        out[offset + 3] = (byte) v;
    }
}
