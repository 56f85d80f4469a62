package dev.peerdesk.protocol.message;

/** Wire codes and body limits; a body over its limit is refused before it is buffered. */
public enum MessageType {
    SRP_CLIENT_HELLO(0x01, 2 + 64 + 2 + 512),
    SRP_CHALLENGE(0x02, 2 + 64 + 2 + 512),
    SRP_CLIENT_PROOF(0x03, 2 + 64),
    SRP_SERVER_PROOF(0x04, 2 + 64),
    BINDING_HELLO(0x06, 2 + BindingHello.MAX_TRANSCRIPT),
    ERROR(0x05, 2 + 2 + ErrorMessage.MAX_DETAIL_BYTES),
    POINTER(0x10, 6),
    KEY(0x11, 6),
    WHEEL(0x12, 8),
    SCREEN_UPDATE(0x20, 10 + ScreenUpdate.MAX_PAYLOAD),
    CURSOR_SHAPE(0x21, 8 + CursorShape.MAX_SIDE * CursorShape.MAX_SIDE * 4),
    CURSOR_POSITION(0x22, 5),
    CLIPBOARD(0x30, 4 + ClipboardText.MAX_BYTES),
    FILE_OFFER(0x40, 12 + 2 + FileOffer.MAX_NAME_BYTES),
    FILE_CHUNK(0x41, 16 + FileChunk.MAX_DATA),
    KEYFRAME_REQUEST(0x50, 0),
    MONITOR_CHOICE(0x51, 1),
    FRAME_ACK(0x52, 4);

    private final int code;
    private final int maxBodyLength;

    MessageType(int code, int maxBodyLength) {
        this.code = code;
        this.maxBodyLength = maxBodyLength;
    }

    public int code() {
        return code;
    }

    public int maxBodyLength() {
        return maxBodyLength;
    }

    /** The type for a wire code, or null. */
    public static MessageType of(int code) {
        for (MessageType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
