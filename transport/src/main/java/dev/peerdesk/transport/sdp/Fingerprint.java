package dev.peerdesk.transport.sdp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A certificate fingerprint, {@code a=fingerprint:<hash-func> <XX:XX:...>} (RFC 8122 section 5). The DTLS
 * layer accepts the peer only when the certificate it presents hashes to this value.
 *
 * @param algorithm hash function in SDP spelling, lower case: sha-1, sha-256, sha-384 or sha-512
 * @param digest    the hash of the DER-encoded certificate
 */
public record Fingerprint(String algorithm, byte[] digest) {

    public Fingerprint {
        digest = digest.clone();
    }

    /** Parses the attribute value, e.g. {@code sha-256 AB:CD:...}. */
    public static Fingerprint parse(String value) throws SdpException {
        int sp = value.indexOf(' ');
        if (sp < 0) {
            throw new SdpException(SdpException.Problem.BAD_FINGERPRINT, "no hash value");
        }
        String alg = value.substring(0, sp).toLowerCase(Locale.ROOT);
        int expected = switch (alg) {
            case "sha-1" -> 20;
            case "sha-256" -> 32;
            case "sha-384" -> 48;
            case "sha-512" -> 64;
            default -> throw new SdpException(SdpException.Problem.BAD_FINGERPRINT, "unsupported hash " + alg);
        };
        String hex = value.substring(sp + 1).trim();
        if (hex.length() != expected * 3 - 1) {
            throw new SdpException(SdpException.Problem.BAD_FINGERPRINT, "length " + hex.length() + " for " + alg);
        }
        byte[] d = new byte[expected];
        for (int i = 0; i < expected; i++) {
            int hi = Character.digit(hex.charAt(i * 3), 16);
            int lo = Character.digit(hex.charAt(i * 3 + 1), 16);
            if (hi < 0 || lo < 0 || (i + 1 < expected && hex.charAt(i * 3 + 2) != ':')) {
                throw new SdpException(SdpException.Problem.BAD_FINGERPRINT, "not colon-separated hex");
            }
            d[i] = (byte) (hi << 4 | lo);
        }
        return new Fingerprint(alg, d);
    }

    /** The SHA-256 fingerprint of a DER certificate, the one we advertise (RFC 8827 section 6.5). */
    public static Fingerprint sha256(byte[] der) {
        return new Fingerprint("sha-256", hash("sha-256", der));
    }

    /** Whether {@code der} hashes to this fingerprint (constant time compare). */
    public boolean matches(byte[] der) {
        return MessageDigest.isEqual(digest, hash(algorithm, der));
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** The attribute value, upper-case hex as browsers print it. */
    public String sdpValue() {
        StringBuilder b = new StringBuilder(algorithm).append(' ');
        for (int i = 0; i < digest.length; i++) {
            if (i > 0) {
                b.append(':');
            }
            b.append(String.format("%02X", digest[i] & 0xff));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return sdpValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.algorithm.equals(algorithm) && MessageDigest.isEqual(f.digest, digest);
    }

    @Override
    public int hashCode() {
        return algorithm.hashCode() * 31 + java.util.Arrays.hashCode(digest);
    }

    private static byte[] hash(String sdpAlgorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(sdpAlgorithm.toUpperCase(Locale.ROOT)).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-1/256/384/512", e);
        }
    }
}
