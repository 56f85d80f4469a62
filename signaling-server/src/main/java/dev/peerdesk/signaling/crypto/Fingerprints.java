package dev.peerdesk.signaling.crypto;

import dev.peerdesk.protocol.envelope.Base64Url;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Human-comparable fingerprints of keys and certificates. */
public final class Fingerprints {
    private Fingerprints() {}

    /** {@code SHA256:<base64url>} of a raw public key, the form hosts pin with {@code --server-key}. */
    public static String ofKey(byte[] publicKey) {
        return "SHA256:" + Base64Url.encode(sha256(publicKey));
    }

    /** Colon-separated upper-case hex SHA-256, the form browsers show for a certificate. */
    public static String hexColons(byte[] der) {
        byte[] d = sha256(der);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(String.format("%02X", d[i] & 0xff));
        }
        return sb.toString();
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
        }
    }
}
