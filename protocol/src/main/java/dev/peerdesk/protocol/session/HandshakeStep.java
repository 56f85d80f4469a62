package dev.peerdesk.protocol.session;

import dev.peerdesk.protocol.message.ErrorCode;

/**
 * What a handshake step decided: bytes to send on the control channel (may be null), and whether
 * the handshake goes on, is established (with the session's record keys) or failed (with a typed
 * error the runtime reports, audits and closes on).
 */
public final class HandshakeStep {
    public enum Outcome { CONTINUE, ESTABLISHED, FAILED }

    private final Outcome outcome;
    private final byte[] reply;
    private final SecureSession session;
    private final ErrorCode error;
    private final String detail;
    private final boolean passwordRejected;

    private HandshakeStep(Outcome outcome, byte[] reply, SecureSession session, ErrorCode error,
            String detail, boolean passwordRejected) {
        this.outcome = outcome;
        this.reply = reply;
        this.session = session;
        this.error = error;
        this.detail = detail;
        this.passwordRejected = passwordRejected;
    }

    static HandshakeStep proceed(byte[] reply) {
        return new HandshakeStep(Outcome.CONTINUE, reply, null, null, null, false);
    }

    static HandshakeStep established(byte[] reply, SecureSession session) {
        return new HandshakeStep(Outcome.ESTABLISHED, reply, session, null, null, false);
    }

    static HandshakeStep failed(byte[] reply, ErrorCode error, String detail, boolean passwordRejected) {
        return new HandshakeStep(Outcome.FAILED, reply, null, error, detail, passwordRejected);
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Control-channel bytes to send now, or null. On failure: the error message for the peer. */
    public byte[] reply() {
        return reply;
    }

    /** The record layer, once {@link Outcome#ESTABLISHED}. */
    public SecureSession session() {
        return session;
    }

    public ErrorCode error() {
        return error;
    }

    public String detail() {
        return detail;
    }

    /** Host side: a wrong password (counts against the brute-force gate); false for any other failure. */
    public boolean passwordRejected() {
        return passwordRejected;
    }
}
