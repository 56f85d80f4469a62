package dev.peerdesk.protocol.message;

/** Viewer to host: send a full frame next (after loss, a resize or joining late). Empty body. */
public record KeyframeRequest() implements Message {
    @Override
    public MessageType type() {
        return MessageType.KEYFRAME_REQUEST;
    }

    @Override
    public void writeBody(WireWriter out) {}

    static KeyframeRequest read(WireReader in) {
        return new KeyframeRequest();
    }
}
