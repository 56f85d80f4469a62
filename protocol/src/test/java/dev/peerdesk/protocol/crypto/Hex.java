package dev.peerdesk.protocol.crypto;

/** Test helper: hex strings (whitespace ignored) to bytes and back. */
public final class Hex {
    private Hex() {}

    public static byte[] decode(String hex) {
        String s = hex.replaceAll("\\s", "");
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    public static String encode(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x));
        }
        return sb.toString();
    }
}
