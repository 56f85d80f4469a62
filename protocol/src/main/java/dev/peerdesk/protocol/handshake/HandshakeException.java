package dev.peerdesk.protocol.handshake;

import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;

/**
 * A failed session handshake, with the typed reason to show (viewer) or log and count (host).
 * When the failure was found here, {@link #toSend()} is the error message for the peer; when the
 * peer reported it, there is nothing to send back.
 */
public final class HandshakeException extends Exception {
    private final ErrorCode code;
    private final boolean reportedByPeer;

    HandshakeException(ErrorCode code, boolean reportedByPeer, String detail) {
        super(code + (reportedByPeer ? " (from peer)" : "") + ": " + detail);
        this.code = code;
        this.reportedByPeer = reportedByPeer;
    }

    public ErrorCode code() {
        return code;
    }

    public boolean reportedByPeer() {
        return reportedByPeer;
    }

    /** The message to send before closing, or null when the peer sent the error. */
    public ErrorMessage toSend() {
        return reportedByPeer ? null : new ErrorMessage(code, code.name());
    }
}
