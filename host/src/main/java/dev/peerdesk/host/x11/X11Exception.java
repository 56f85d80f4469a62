package dev.peerdesk.host.x11;

/** The X server is unreachable or lacks what a capture or injector needs; the caller falls back. */
public final class X11Exception extends Exception {
    public X11Exception(String message) {
        super(message);
    }
}
