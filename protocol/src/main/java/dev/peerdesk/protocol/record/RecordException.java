package dev.peerdesk.protocol.record;

/** A refused record: the peer (or someone on the path) broke the record layer; close the session. */
public final class RecordException extends Exception {
    private final RecordError error;

    public RecordException(RecordError error, String message) {
        super(error + ": " + message);
        this.error = error;
    }

    public RecordError error() {
        return error;
    }
}
