package dev.peerdesk.protocol.record;

/** The one-byte type of a record; it is authenticated (part of the additional data). */
public enum RecordType {
    /** Session messages (the message codec's frames). */
    MESSAGES(1),
    /** A clean end of the channel: no record may follow. */
    CLOSE(2);

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a wire code, or null if unknown. */
    public static RecordType of(int code) {
        for (RecordType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
