package dev.peerdesk.protocol.record;

/** Why an incoming record was refused. Any of these closes the session. */
public enum RecordError {
    /** Shorter than header plus tag. */
    TRUNCATED,
    /** Larger than {@link Record#MAX_RECORD_LENGTH}. */
    TOO_LARGE,
    /** A record type this version does not know. */
    UNKNOWN_TYPE,
    /** The tag did not verify: altered, forged, wrong key, wrong channel. */
    FORGED,
    /** A sequence number already received (or, unordered, older than the window). */
    REPLAY,
    /** On an ordered channel, a sequence number past the next expected one (a record went missing). */
    GAP,
    /** A record after CLOSE, or after an earlier failure on the same channel. */
    CLOSED
}
