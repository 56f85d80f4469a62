package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * ERROR chunk (Operation Error), RFC 9260 section 3.3.10.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 9    |  Chunk Flags  |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                    One or more Error Causes                   \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ErrorChunk(List<ErrorCause> causes) implements Chunk {

    public static ErrorChunk decode(ByteBuffer v) throws SctpException {
        List<ErrorCause> causes = ErrorCause.decodeAll(v);
        if (causes.isEmpty()) {
            throw new SctpException("ERROR without error cause");
        }
        return new ErrorChunk(List.copyOf(causes));
    }

    @Override
    public int type() {
        return ChunkType.ERROR;
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
