package dev.peerdesk.protocol.envelope;

/** Text that is not the JSON we accept, or a JSON value of the wrong shape. Remote input only. */
public final class JsonException extends Exception {
    public JsonException(String message) {
        super(message);
    }
}
