package dev.peerdesk.protocol.crypto;

/**
 * An incremental hash function. Production uses {@link Sha256} only; the interface exists so SRP
 * can be checked against RFC 5054's test vectors, which are defined with SHA-1.
 */
public interface Hash {
    /** Digest length in bytes. */
    int length();

    /** Internal block length in bytes. */
    int blockLength();

    /** A fresh instance of the same function. */
    Hash newInstance();

    void reset();

    void update(byte[] data, int offset, int length);

    default void update(byte[] data) {
        update(data, 0, data.length);
    }

    /** Finishes the hash, returns the digest and resets this instance. */
    byte[] digest();
}
