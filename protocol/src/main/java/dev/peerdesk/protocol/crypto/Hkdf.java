package dev.peerdesk.protocol.crypto;

/** HKDF-SHA256 (RFC 5869): extract a pseudorandom key, expand it into labelled keys. */
public final class Hkdf {
    private Hkdf() {}

    /** HKDF-Extract: PRK = HMAC(salt, ikm); an empty salt means HashLen zero bytes (RFC 5869 2.2). */
    public static byte[] extract(byte[] salt, byte[] ikm) {
        byte[] s = salt == null || salt.length == 0 ? new byte[Sha256.LENGTH] : salt;
        return Hmac.mac(s, ikm);
    }

    /** HKDF-Expand: {@code length} bytes (at most 255 * 32) of output keyed by {@code prk} and {@code info}. */
    public static byte[] expand(byte[] prk, byte[] info, int length) {
        if (length < 0 || length > 255 * Sha256.LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 output length " + length);
        }
        Hmac mac = new Hmac(prk);
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        int done = 0;
        for (int i = 1; done < length; i++) {
            mac.update(t);
            mac.update(info);
            mac.update(new byte[] {(byte) i});
            t = mac.doFinal();
            int take = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, take);
            done += take;
        }
        return out;
    }

    /** Extract then expand. */
    public static byte[] derive(byte[] salt, byte[] ikm, byte[] info, int length) {
        return expand(extract(salt, ikm), info, length);
    }
}
