package dev.peerdesk.protocol.srp;

/** A failed SRP handshake; the session must close. Carries the typed reason. */
public final class SrpException extends Exception {
    private final SrpError error;

    public SrpException(SrpError error, String message) {
        super(error + ": " + message);
        this.error = error;
    }

    public SrpError error() {
        return error;
    }
}
