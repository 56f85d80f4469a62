package dev.peerdesk.host.auth;

/** The answer to "may an authentication attempt start now?". */
public sealed interface Admission {
    /** Run SRP against this verifier; report the result with recordFailure/recordSuccess/abandon. */
    record Admitted(StoredVerifier verifier) implements Admission {}

    /** Not now. {@code retryAt} is the virtual time the gate opens (or Long.MIN_VALUE if waiting will not help). */
    record Refused(Reason reason, long retryAt) implements Admission {}

    enum Reason {
        /** The brute-force gate is closed until {@code retryAt}. */
        BACKOFF,
        /** Another attempt is running: attempts are serialized so a parallel burst gains nothing. */
        BUSY,
        /** The viewer asked for the permanent password and none is set. */
        NO_PERMANENT_PASSWORD
    }
}
