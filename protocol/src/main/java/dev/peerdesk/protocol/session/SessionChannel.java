package dev.peerdesk.protocol.session;

/**
 * The data channels of a session. The viewer (the WebRTC offerer) opens all three by label; each
 * carries records keyed by its id, so a record moved to another channel fails authentication.
 */
public enum SessionChannel {
    /** SRP handshake in the clear, then sealed input, clipboard, cursor and control messages. */
    CONTROL("control", 0, true),
    /** Screen updates. Ordered while the codec is the lossless tile codec. */
    VIDEO("video", 1, true),
    /** File transfer. */
    FILES("files", 2, true);

    private final String label;
    private final int id;
    private final boolean ordered;

    SessionChannel(String label, int id, boolean ordered) {
        this.label = label;
        this.id = id;
        this.ordered = ordered;
    }

    public String label() {
        return label;
    }

    public int id() {
        return id;
    }

    public boolean ordered() {
        return ordered;
    }

    /** The channel with this data-channel label, or null for a label no session uses. */
    public static SessionChannel ofLabel(String label) {
        for (SessionChannel c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        return null;
    }
}
