package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;

/**
 * COOKIE ACK chunk, RFC 9260 section 3.3.12: header only.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 11   |  Chunk Flags  |          Length = 4           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record CookieAckChunk() implements Chunk {

    public static CookieAckChunk decode(ByteBuffer v) throws SctpException {
        Wire.exactly(v, 0, "COOKIE ACK");
        return new CookieAckChunk();
    }

    @Override
    public int type() {
        return ChunkType.COOKIE_ACK;
    }

    @Override
    public int valueLength() {
        return 0;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
    }
}
