package dev.peerdesk.host.auth;

/**
 * Computes an SRP-6a verifier from a password with a fresh salt. The implementation comes from
 * {@code protocol/} (RFC 5054 3072-bit group, SHA-256); the host only ever stores its output.
 */
public interface VerifierFactory {
    /** The caller wipes {@code password} afterwards. */
    StoredVerifier create(char[] password);
}
