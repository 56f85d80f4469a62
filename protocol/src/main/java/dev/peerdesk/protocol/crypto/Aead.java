package dev.peerdesk.protocol.crypto;

/**
 * An authenticated cipher with one fixed key (AES-256-GCM in production). The record layer only
 * sees this interface: the JVM backs it with JCA, the browser with whatever is fastest there.
 */
public interface Aead {
    /** Length in bytes of the authentication tag appended to every ciphertext. */
    int TAG_LENGTH = 16;

    /** Length in bytes of a nonce. */
    int NONCE_LENGTH = 12;

    /** Returns ciphertext followed by the {@link #TAG_LENGTH}-byte tag. */
    byte[] seal(byte[] nonce, byte[] additionalData, byte[] plaintext);

    /**
     * Returns the plaintext, or throws when the tag does not verify (forged, altered, wrong key,
     * wrong nonce or wrong additional data).
     */
    byte[] open(byte[] nonce, byte[] additionalData, byte[] ciphertextAndTag) throws AeadException;
}
