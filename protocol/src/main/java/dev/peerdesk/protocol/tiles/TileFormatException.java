package dev.peerdesk.protocol.tiles;

/** A screen message was malformed. Always caused by remote input: the receiver closes the session. */
public final class TileFormatException extends Exception {
    public TileFormatException(String message) {
        super(message);
    }
}
