package dev.peerdesk.relay.stun;

/** Remote input that is not a well-formed STUN message, ChannelData message or attribute. */
public final class StunFormatException extends Exception {
    public StunFormatException(String message) {
        super(message, null, false, false);
    }
}
