package dev.peerdesk.host.signal;

/** The server connection must be dropped: an unverifiable or malformed message, or a refused hello. */
public final class SignalException extends Exception {
    /** Retrying cannot help (the server refuses our key or hardware for this ID). */
    private final boolean permanent;

    public SignalException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
