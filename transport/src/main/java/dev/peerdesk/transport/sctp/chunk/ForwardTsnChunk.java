package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;

/**
 * FORWARD TSN chunk, RFC 3758 section 3.2.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 192  |  Flags = 0x00 |        Length = Variable      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      New Cumulative TSN                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Stream-1              |       Stream Sequence-1       |
 * \                              ...                              \
 * |         Stream-N              |       Stream Sequence-N       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * {@code streams} holds stream,ssn pairs: the highest skipped SSN of each ordered stream.
 */
public record ForwardTsnChunk(int newCumulativeTsn, int[] streams) implements Chunk {

    public static ForwardTsnChunk decode(ByteBuffer v) throws SctpException {
        Wire.require(v, 4, "FORWARD TSN");
        int cum = v.getInt();
        if ((v.remaining() & 3) != 0) {
            throw new SctpException("FORWARD TSN: stream list of " + v.remaining() + " bytes");
        }
        int[] streams = new int[v.remaining() / 2];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = v.getShort() & 0xffff;
        }
        return new ForwardTsnChunk(cum, streams);
    }

    @Override
    public int type() {
        return ChunkType.FORWARD_TSN;
    }

    @Override
    public int valueLength() {
        return 4 + 2 * streams.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.putInt(newCumulativeTsn);
        for (int s : streams) {
            out.putShort((short) s);
        }
    }
}
