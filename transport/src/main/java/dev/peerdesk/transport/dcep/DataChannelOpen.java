package dev.peerdesk.transport.dcep;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * DATA_CHANNEL_OPEN, RFC 8832 section 5.1.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Message Type |  Channel Type |            Priority           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Reliability Parameter                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Label Length          |       Protocol Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                             Label                             /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                            Protocol                           /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Message Type 0x03. Label and protocol are UTF-8; the lengths must account for every byte.
 */
public record DataChannelOpen(ChannelType channelType, int priority, long reliabilityParameter, String label,
                              String protocol) implements DcepMessage {
    public static final int TYPE = 0x03;
    private static final int FIXED = 12;

    static DataChannelOpen decodeBody(ByteBuffer in) throws DcepException {
        if (in.remaining() < FIXED - 1) {
            throw new DcepException("DATA_CHANNEL_OPEN of " + (in.remaining() + 1) + " bytes");
        }
        ChannelType type = ChannelType.of(in.get() & 0xff);
        int priority = in.getShort() & 0xffff;
        long reliability = in.getInt() & 0xffffffffL;
        int labelLength = in.getShort() & 0xffff;
        int protocolLength = in.getShort() & 0xffff;
        if (in.remaining() != labelLength + protocolLength) {
            throw new DcepException("DATA_CHANNEL_OPEN lengths " + labelLength + "+" + protocolLength
                    + " for " + in.remaining() + " bytes");
        }
        return new DataChannelOpen(type, priority, reliability, utf8(in, labelLength), utf8(in, protocolLength));
    }

    private static String utf8(ByteBuffer in, int length) throws DcepException {
        ByteBuffer part = in.slice();
        part.limit(length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(part).toString();
        } catch (CharacterCodingException e) {
            throw new DcepException("DATA_CHANNEL_OPEN label or protocol is not UTF-8");
        }
    }

    @Override
    public byte[] encode() {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        byte[] p = protocol.getBytes(StandardCharsets.UTF_8);
        if (l.length > 0xffff || p.length > 0xffff) {
            throw new IllegalArgumentException("label or protocol longer than 65535 bytes");
        }
        return ByteBuffer.allocate(FIXED + l.length + p.length).put((byte) TYPE).put((byte) channelType.code)
                .putShort((short) priority).putInt((int) reliabilityParameter).putShort((short) l.length)
                .putShort((short) p.length).put(l).put(p).array();
    }
}
