package dev.peerdesk.protocol.tiles;

import static dev.peerdesk.protocol.tiles.TileWire.*;

/** Viewer-to-host messages on the {@code video} channel: frame acknowledgements and refresh requests. */
public sealed interface ViewerMessage {
    /** Every frame up to and including {@code frameId} is on the viewer's screen. */
    record FrameAck(long frameId) implements ViewerMessage {
        public FrameAck {
            if (frameId <= 0 || frameId > 0xffffffffL) {
                throw new IllegalArgumentException("frame id " + frameId);
            }
        }
    }

    /** The viewer wants the whole screen again. */
    record Refresh() implements ViewerMessage {}

    static byte[] encode(ViewerMessage m) {
        if (m instanceof FrameAck ack) {
            long id = ack.frameId();
            return new byte[] {(byte) TYPE_FRAME_ACK, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id};
        }
        return new byte[] {(byte) TYPE_REFRESH};
    }

    static ViewerMessage decode(byte[] message) throws TileFormatException {
        WireReader in = new WireReader(message, 0, message.length);
        int type = in.u8("message type");
        ViewerMessage m;
        if (type == TYPE_FRAME_ACK) {
            long id = in.u32("acked frame id");
            if (id == 0) {
                throw new TileFormatException("ack of frame 0");
            }
            m = new FrameAck(id);
        } else if (type == TYPE_REFRESH) {
            m = new Refresh();
        } else {
            throw new TileFormatException("unknown viewer message type " + type);
        }
        in.end("viewer message");
        return m;
    }
}
