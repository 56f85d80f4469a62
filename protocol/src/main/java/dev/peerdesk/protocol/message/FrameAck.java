package dev.peerdesk.protocol.message;

/**
 * Viewer to host: frame {@code frameId} is drawn; the host paces its encoder on these.
 * <pre>u32 frame id</pre>
 */
public record FrameAck(long frameId) implements Message {
    public FrameAck {
        Checks.u32(frameId, "frame id");
    }

    @Override
    public MessageType type() {
        return MessageType.FRAME_ACK;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u32(frameId);
    }

    static FrameAck read(WireReader in) throws ProtocolException {
        return new FrameAck(in.u32());
    }
}
