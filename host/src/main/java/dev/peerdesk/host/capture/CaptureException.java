package dev.peerdesk.host.capture;

/**
 * The selected monitor cannot be read any more (screen resized, monitor unplugged, X server gone).
 * The session runtime answers by listing the monitors again and sending the viewer a full frame.
 */
public final class CaptureException extends Exception {
    public CaptureException(String message) {
        super(message);
    }
}
