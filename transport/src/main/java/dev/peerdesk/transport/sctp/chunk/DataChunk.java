package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;

/**
 * DATA chunk, RFC 9260 section 3.3.1.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 0    |  Res  |I|U|B|E|            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                              TSN                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      Stream Identifier S      |   Stream Sequence Number n    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Payload Protocol Identifier                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                 User Data (seq n of Stream S)                 \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * U: unordered, B: first fragment, E: last fragment, I: SACK immediately (RFC 7053).
 * A DATA chunk without user data is invalid (RFC 9260 section 6.2, "No User Data").
 */
public record DataChunk(int tsn, int streamId, int ssn, int ppid, byte[] data,
                        boolean unordered, boolean beginning, boolean ending, boolean immediate) implements Chunk {
    public static final int HEADER = 12;
    private static final int FLAG_E = 1;
    private static final int FLAG_B = 2;
    private static final int FLAG_U = 4;
    private static final int FLAG_I = 8;

    public static DataChunk decode(int flags, ByteBuffer v) throws SctpException {
        Wire.require(v, HEADER + 1, "DATA");
        int tsn = v.getInt();
        int stream = v.getShort() & 0xffff;
        int ssn = v.getShort() & 0xffff;
        int ppid = v.getInt();
        return new DataChunk(tsn, stream, ssn, ppid, Wire.rest(v), (flags & FLAG_U) != 0,
                (flags & FLAG_B) != 0, (flags & FLAG_E) != 0, (flags & FLAG_I) != 0);
    }

    @Override
    public int type() {
        return ChunkType.DATA;
    }

    @Override
    public int flags() {
        return (unordered ? FLAG_U : 0) | (beginning ? FLAG_B : 0) | (ending ? FLAG_E : 0) | (immediate ? FLAG_I : 0);
    }

    @Override
    public int valueLength() {
        return HEADER + data.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.putInt(tsn).putShort((short) streamId).putShort((short) ssn).putInt(ppid).put(data);
    }
}
