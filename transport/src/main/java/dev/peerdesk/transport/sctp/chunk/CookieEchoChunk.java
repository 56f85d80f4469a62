package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;

/**
 * COOKIE ECHO chunk, RFC 9260 section 3.3.11: the State Cookie of the INIT ACK, returned verbatim.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 10   |  Chunk Flags  |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                            Cookie                             /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record CookieEchoChunk(byte[] cookie) implements Chunk {

    public static CookieEchoChunk decode(ByteBuffer v) throws SctpException {
        Wire.require(v, 1, "COOKIE ECHO");
        return new CookieEchoChunk(Wire.rest(v));
    }

    @Override
    public int type() {
        return ChunkType.COOKIE_ECHO;
    }

    @Override
    public int valueLength() {
        return cookie.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.put(cookie);
    }
}
