package dev.peerdesk.protocol.envelope;

/**
 * An Ed25519 private key that signs. The JVM backs it with Bouncy Castle; a browser would use
 * WebCrypto. The envelope code never sees key material, only this seam.
 */
public interface Signer {
    /** The 32-byte Ed25519 public key (RFC 8032 encoding) matching the private key. */
    byte[] publicKey();

    /** The 64-byte Ed25519 signature of {@code message}. */
    byte[] sign(byte[] message);
}
