package dev.peerdesk.protocol.message;

/**
 * Host to viewer: one encoded screen update. The payload is opaque here; the codec id says which
 * decoder reads it (the tile codec, later a video codec). The frame id is echoed in FRAME_ACK.
 * <pre>u32 frame id | u16 codec id | u32 len | payload (at most 16 MiB)</pre>
 */
public record ScreenUpdate(long frameId, int codecId, byte[] payload) implements Message {
    public static final int MAX_PAYLOAD = 16 << 20;

    public ScreenUpdate {
        Checks.u32(frameId, "frame id");
        Checks.u16(codecId, "codec id");
        Checks.maxLength(payload.length, MAX_PAYLOAD, "payload");
    }

    @Override
    public MessageType type() {
        return MessageType.SCREEN_UPDATE;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u32(frameId).u16(codecId).bytes32(payload);
    }

    static ScreenUpdate read(WireReader in) throws ProtocolException {
        return new ScreenUpdate(in.u32(), in.u16(), in.bytes32(MAX_PAYLOAD, "payload"));
    }
}
