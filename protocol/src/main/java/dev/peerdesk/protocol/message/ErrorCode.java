package dev.peerdesk.protocol.message;

/** The typed reasons an {@link ErrorMessage} carries; the viewer words each one for people. */
public enum ErrorCode {
    /** The peer sent bytes that do not parse or break the protocol. */
    PROTOCOL_VIOLATION(1),
    /** Wrong password (SRP M1 failed). */
    AUTHENTICATION_FAILED(2),
    /** Proofs failed in a way a man in the middle causes: "the connection may be intercepted". */
    POSSIBLE_INTERCEPTION(3),
    /** Brute-force backoff: the host accepts no attempt yet. */
    TRY_LATER(4),
    /** The user's role does not allow this (view-only input, clipboard, files). */
    PERMISSION_DENIED(5),
    /** The host already serves the maximum number of sessions. */
    HOST_BUSY(6),
    /** A protocol version this side does not speak. */
    UNSUPPORTED_VERSION(7),
    /** Something failed on the sender's side; the detail says what. */
    INTERNAL(8);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ErrorCode of(int code) {
        for (ErrorCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
