package dev.peerdesk.protocol.message;

import java.nio.ByteBuffer;

/**
 * Frames session messages. Every message is one frame:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    version    |     type      |       body length (u32) ...   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      ...      |  body (type-specific, at most the type's limit)  ...
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Frames are a byte stream (they may span records, and one record may hold several); the
 * {@link #parse} loop is incremental. Multi-byte integers are big-endian.
 */
public final class MessageCodec {
    /** The wire version this codec writes and the only one it reads. */
    public static final int VERSION = 1;

    public static final int HEADER_LENGTH = 6;

    private MessageCodec() {}

    public static byte[] encode(Message message) {
        WireWriter out = new WireWriter();
        out.u8(VERSION).u8(message.type().code()).u32(0);
        message.writeBody(out);
        int bodyLength = out.size() - HEADER_LENGTH;
        if (bodyLength > message.type().maxBodyLength()) {
            // Constructors enforce every field limit, and the type limits are their sums.
            throw new IllegalStateException(message.type() + " body " + bodyLength + " over its limit");
        }
        out.putU32At(2, bodyLength);
        return out.toByteArray();
    }

    /**
     * Takes one message off the front of {@code in}, or returns null (consuming nothing) when its
     * bytes have not all arrived. A bad version, type or length is refused as soon as its header
     * bytes are there, so a peer can never make us buffer more than a type's limit.
     */
    public static Message parse(ByteBuffer in) throws ProtocolException {
        int start = in.position();
        int available = in.remaining();
        if (available < 1) {
            return null;
        }
        int version = in.get(start) & 0xff;
        if (version != VERSION) {
            throw new ProtocolException(ProtocolException.Reason.UNSUPPORTED_VERSION, "version " + version);
        }
        if (available < 2) {
            return null;
        }
        int code = in.get(start + 1) & 0xff;
        MessageType type = MessageType.of(code);
        if (type == null) {
            throw new ProtocolException(ProtocolException.Reason.UNKNOWN_TYPE, "type " + code);
        }
        if (available < HEADER_LENGTH) {
            return null;
        }
        long bodyLength = in.getInt(start + 2) & 0xffffffffL;
        if (bodyLength > type.maxBodyLength()) {
            throw new ProtocolException(ProtocolException.Reason.TOO_LONG, type + " body " + bodyLength);
        }
        if (available - HEADER_LENGTH < bodyLength) {
            return null;
        }
        ByteBuffer body = in.duplicate();
        body.position(start + HEADER_LENGTH).limit(start + HEADER_LENGTH + (int) bodyLength);
        body = body.slice();
        Message message = decodeBody(type, new WireReader(body));
        in.position(start + HEADER_LENGTH + (int) bodyLength);
        return message;
    }

    private static Message decodeBody(MessageType type, WireReader in) throws ProtocolException {
        Message m;
        try {
            m = read(type, in);
        } catch (IllegalArgumentException e) {
            // A constructor refused a decoded value (range, hot spot, file name...).
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, type + ": " + e.getMessage());
        }
        in.end();
        return m;
    }

    private static Message read(MessageType type, WireReader in) throws ProtocolException {
        switch (type) {
            case SRP_CLIENT_HELLO: return SrpClientHello.read(in);
            case SRP_CHALLENGE: return SrpChallenge.read(in);
            case SRP_CLIENT_PROOF: return SrpClientProof.read(in);
            case SRP_SERVER_PROOF: return SrpServerProof.read(in);
            case BINDING_HELLO: return BindingHello.read(in);
            case ERROR: return ErrorMessage.read(in);
            case POINTER: return PointerEvent.read(in);
            case KEY: return KeyEvent.read(in);
            case WHEEL: return WheelEvent.read(in);
            case SCREEN_UPDATE: return ScreenUpdate.read(in);
            case CURSOR_SHAPE: return CursorShape.read(in);
            case CURSOR_POSITION: return CursorPosition.read(in);
            case CLIPBOARD: return ClipboardText.read(in);
            case FILE_OFFER: return FileOffer.read(in);
            case FILE_CHUNK: return FileChunk.read(in);
            case KEYFRAME_REQUEST: return KeyframeRequest.read(in);
            case MONITOR_CHOICE: return MonitorChoice.read(in);
            case FRAME_ACK: return FrameAck.read(in);
            default: throw new IllegalStateException("every MessageType has a reader: " + type);
        }
    }
}
