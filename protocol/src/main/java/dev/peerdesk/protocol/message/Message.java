package dev.peerdesk.protocol.message;

/**
 * A session message. Each implementation is one wire type in its own file: its constructor
 * validates (limits, enum ranges), {@code writeBody} encodes, a static {@code read} decodes.
 * Framing is in {@link MessageCodec}.
 */
public interface Message {
    MessageType type();

    /** Writes the body (without the frame header). */
    void writeBody(WireWriter out);
}
