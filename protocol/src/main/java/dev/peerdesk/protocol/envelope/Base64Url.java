package dev.peerdesk.protocol.envelope;

/**
 * Base64url without padding (RFC 4648 section 5), written here because TeaVM's class library does
 * not promise {@code java.util.Base64}. Decoding is strict: no padding, no whitespace, and unused
 * trailing bits must be zero, so every byte string has exactly one accepted text form.
 */
public final class Base64Url {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
        }
    }

    private Base64Url() {}

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 4 + 2) / 3);
        int i = 0;
        for (; i + 3 <= data.length; i += 3) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            out.append(ALPHABET[v >>> 18]).append(ALPHABET[(v >>> 12) & 63])
                    .append(ALPHABET[(v >>> 6) & 63]).append(ALPHABET[v & 63]);
        }
        int rest = data.length - i;
        if (rest == 1) {
            int v = (data[i] & 0xff) << 16;
            out.append(ALPHABET[v >>> 18]).append(ALPHABET[(v >>> 12) & 63]);
        } else if (rest == 2) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8;
            out.append(ALPHABET[v >>> 18]).append(ALPHABET[(v >>> 12) & 63]).append(ALPHABET[(v >>> 6) & 63]);
        }
        return out.toString();
    }

    /** Decodes strict unpadded base64url; throws {@link IllegalArgumentException} on anything else. */
    public static byte[] decode(String text) {
        int n = text.length();
        if (n % 4 == 1) {
            throw new IllegalArgumentException("base64url length " + n);
        }
        byte[] out = new byte[n * 3 / 4];
        int o = 0;
        int bits = 0;
        int acc = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0) {
                throw new IllegalArgumentException("not base64url at " + i);
            }
            acc = acc << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (acc >>> bits);
                acc &= (1 << bits) - 1;
            }
        }
        if (acc != 0) {
            throw new IllegalArgumentException("non-zero trailing bits");
        }
        return out;
    }
}
