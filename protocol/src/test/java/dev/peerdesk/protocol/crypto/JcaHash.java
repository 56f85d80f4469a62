package dev.peerdesk.protocol.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Test-only {@link Hash} over JCA, for RFC 5054's SHA-1 vectors and as an oracle. */
public final class JcaHash implements Hash {
    private final String algorithm;
    private final int blockLength;
    private final MessageDigest md;

    public JcaHash(String algorithm, int blockLength) {
        this.algorithm = algorithm;
        this.blockLength = blockLength;
        try {
            this.md = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    public static JcaHash sha1() {
        return new JcaHash("SHA-1", 64);
    }

    @Override public int length() { return md.getDigestLength(); }
    @Override public int blockLength() { return blockLength; }
    @Override public Hash newInstance() { return new JcaHash(algorithm, blockLength); }
    @Override public void reset() { md.reset(); }
    @Override public void update(byte[] data, int offset, int length) { md.update(data, offset, length); }
    @Override public byte[] digest() { return md.digest(); }
}
