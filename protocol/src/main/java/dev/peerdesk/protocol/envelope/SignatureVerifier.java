package dev.peerdesk.protocol.envelope;

/** Checks Ed25519 signatures (RFC 8032). Implementations must not throw on malformed input. */
public interface SignatureVerifier {
    /** Ed25519 public key length in bytes. */
    int PUBLIC_KEY_LENGTH = 32;

    /** Ed25519 signature length in bytes. */
    int SIGNATURE_LENGTH = 64;

    /**
     * Whether {@code signature} is a valid signature of {@code message} under {@code publicKey};
     * false (never an exception) for keys or signatures of the wrong length or encoding.
     */
    boolean verify(byte[] publicKey, byte[] message, byte[] signature);
}
