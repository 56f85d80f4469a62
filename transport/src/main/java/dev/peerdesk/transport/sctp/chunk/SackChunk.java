package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;

/**
 * SACK chunk, RFC 9260 section 3.3.4.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 3    |  Chunk Flags  |         Chunk Length          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Cumulative TSN Ack                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Advertised Receiver Window Credit (a_rwnd)           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Number of Gap Ack Blocks = N  |  Number of Duplicate TSNs = M |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Gap Ack Block #1 Start     |     Gap Ack Block #1 End      |
 * \                              ...                              \
 * |                        Duplicate TSN 1                        |
 * \                              ...                              \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Gap block offsets are relative to the cumulative TSN ack; {@code gaps} holds start,end pairs.
 */
public record SackChunk(int cumulativeTsnAck, long aRwnd, int[] gaps, int[] duplicateTsns) implements Chunk {

    public static SackChunk decode(ByteBuffer v) throws SctpException {
        Wire.require(v, 12, "SACK");
        int cum = v.getInt();
        long arwnd = v.getInt() & 0xffffffffL;
        int n = v.getShort() & 0xffff;
        int m = v.getShort() & 0xffff;
        Wire.exactly(v, 4 * n + 4 * m, "SACK blocks");
        int[] gaps = new int[2 * n];
        for (int i = 0; i < 2 * n; i += 2) {
            gaps[i] = v.getShort() & 0xffff;
            gaps[i + 1] = v.getShort() & 0xffff;
            if (gaps[i] == 0 || gaps[i + 1] < gaps[i]) {
                throw new SctpException("SACK gap block " + gaps[i] + ".." + gaps[i + 1] + " invalid");
            }
        }
        int[] dups = new int[m];
        for (int i = 0; i < m; i++) {
            dups[i] = v.getInt();
        }
        return new SackChunk(cum, arwnd, gaps, dups);
    }

    public int gapCount() {
        return gaps.length / 2;
    }

    @Override
    public int type() {
        return ChunkType.SACK;
    }

    @Override
    public int valueLength() {
        return 12 + 2 * gaps.length + 4 * duplicateTsns.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.putInt(cumulativeTsnAck).putInt((int) aRwnd)
                .putShort((short) gapCount()).putShort((short) duplicateTsns.length);
        for (int g : gaps) {
            out.putShort((short) g);
        }
        for (int d : duplicateTsns) {
            out.putInt(d);
        }
    }
}
