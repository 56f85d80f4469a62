package dev.peerdesk.host.codec;

/** The viewer broke the frame/ack scheme (acked a frame never sent): the session closes. */
public final class FlowException extends Exception {
    public FlowException(String message) {
        super(message);
    }
}
