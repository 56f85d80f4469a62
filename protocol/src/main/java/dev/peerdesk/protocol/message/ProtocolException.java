package dev.peerdesk.protocol.message;

/** Bad bytes from the peer: the session answers with an error message (if it can) and closes. */
public final class ProtocolException extends Exception {
    /** What was wrong. */
    public enum Reason {
        /** The frame's version byte is not one we speak. */
        UNSUPPORTED_VERSION,
        /** A message type this version does not define. */
        UNKNOWN_TYPE,
        /** A length over the message's or field's limit. */
        TOO_LONG,
        /** A body that does not parse: short, trailing bytes, bad enum value, invalid UTF-8. */
        MALFORMED
    }

    private final Reason reason;

    public ProtocolException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
