package dev.peerdesk.transport.sctp;

/**
 * Source of the randomness the association needs (verification tags, initial TSNs, heartbeat nonces).
 * Injected so tests repeat exactly; the runtime passes a {@code SecureRandom}-backed one
 * ({@code new SecureRandom()::nextInt}).
 */
@FunctionalInterface
public interface SctpRandom {
    int nextInt();
}
