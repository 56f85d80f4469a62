package dev.peerdesk.transport.dcep;

import java.nio.ByteBuffer;

/**
 * DATA_CHANNEL_ACK, RFC 8832 section 5.2: the message type alone.
 * <pre>
 *  0 1 2 3 4 5 6 7
 * +-+-+-+-+-+-+-+-+
 * |  Message Type |   (0x02)
 * +-+-+-+-+-+-+-+-+
 * </pre>
 */
public record DataChannelAck() implements DcepMessage {
    public static final int TYPE = 0x02;

    static DataChannelAck decodeBody(ByteBuffer in) throws DcepException {
        if (in.hasRemaining()) {
            throw new DcepException("DATA_CHANNEL_ACK with " + in.remaining() + " extra bytes");
        }
        return new DataChannelAck();
    }

    @Override
    public byte[] encode() {
        return new byte[] {TYPE};
    }
}
