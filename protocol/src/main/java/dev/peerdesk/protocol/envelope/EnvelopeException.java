package dev.peerdesk.protocol.envelope;

/** A received envelope was refused. Always caused by remote input, never by a local bug. */
public final class EnvelopeException extends Exception {
    /** Why an envelope was refused; receivers log the reason and drop the message. */
    public enum Reason {
        /** Not a well-formed envelope (bad JSON, missing field, wrong length or version). */
        MALFORMED,
        /** The signature does not verify under the pinned master key: tampered or forged. */
        BAD_SIGNATURE,
        /** Addressed to someone else (a connect request for another host, say). */
        WRONG_AUDIENCE,
        /** Timestamp older than the accepted age, or older than what the replay memory still covers. */
        STALE,
        /** Timestamp too far in the future for the allowed clock skew. */
        FUTURE,
        /** This nonce was already accepted inside the freshness window. */
        REPLAYED
    }

    private final Reason reason;

    public EnvelopeException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
