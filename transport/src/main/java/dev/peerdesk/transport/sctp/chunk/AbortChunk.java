package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * ABORT chunk, RFC 9260 section 3.3.7.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 6    |  Reserved   |T|            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \               Zero or more Error Causes                       \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * T set: the sender put its own verification tag in the packet (it has no TCB).
 */
public record AbortChunk(boolean tagReflected, List<ErrorCause> causes) implements Chunk {

    public static AbortChunk decode(int flags, ByteBuffer v) throws SctpException {
        return new AbortChunk((flags & 1) != 0, List.copyOf(ErrorCause.decodeAll(v)));
    }

    @Override
    public int type() {
        return ChunkType.ABORT;
    }

    @Override
    public int flags() {
        return tagReflected ? 1 : 0;
    }

    @Override
    public int valueLength() {
        return ErrorCause.encodedSize(causes);
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        ErrorCause.encodeAll(causes, out);
    }
}
