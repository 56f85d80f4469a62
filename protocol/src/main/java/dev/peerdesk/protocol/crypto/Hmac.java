package dev.peerdesk.protocol.crypto;

/** HMAC (RFC 2104) over a {@link Hash}; SHA-256 unless a test picks another. Pure Java for TeaVM. */
public final class Hmac {
    private final Hash inner;
    private final Hash outer;
    private final byte[] innerPad;
    private final byte[] outerPad;

    /** HMAC-SHA256 with {@code key}. */
    public Hmac(byte[] key) {
        this(new Sha256(), key);
    }

    /** HMAC over {@code hash} with {@code key}. */
    public Hmac(Hash hash, byte[] key) {
        this.inner = hash.newInstance();
        this.outer = hash.newInstance();
        int block = hash.blockLength();
        byte[] k = key;
        if (k.length > block) {
            inner.update(k);
            k = inner.digest();
        }
        innerPad = new byte[block];
        outerPad = new byte[block];
        for (int i = 0; i < block; i++) {
            byte b = i < k.length ? k[i] : 0;
            innerPad[i] = (byte) (b ^ 0x36);
            outerPad[i] = (byte) (b ^ 0x5c);
        }
        inner.update(innerPad);
    }

    /** HMAC-SHA256(key, data) in one call. */
    public static byte[] mac(byte[] key, byte[] data) {
        Hmac h = new Hmac(key);
        h.update(data, 0, data.length);
        return h.doFinal();
    }

    public int length() {
        return inner.length();
    }

    public void update(byte[] data, int offset, int length) {
        inner.update(data, offset, length);
    }

    public void update(byte[] data) {
        inner.update(data, 0, data.length);
    }

    /** Returns the MAC and resets to the same key for reuse. */
    public byte[] doFinal() {
        byte[] innerDigest = inner.digest();
        outer.update(outerPad);
        outer.update(innerDigest);
        byte[] out = outer.digest();
        inner.update(innerPad);
        return out;
    }
}
