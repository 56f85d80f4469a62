package dev.peerdesk.host.clipboard;

/**
 * The clipboard could not be read or written. {@link #transient_} failures (another application
 * holds the clipboard, its owner was slow to answer) are worth retrying at the next poll; the
 * others (no display, a headless JVM) mean clipboard sync is off for the session.
 */
public final class ClipboardException extends Exception {
    private final boolean transient_;

    public ClipboardException(String message, boolean transient_) {
        super(message);
        this.transient_ = transient_;
    }

    public boolean isTransient() {
        return transient_;
    }
}
