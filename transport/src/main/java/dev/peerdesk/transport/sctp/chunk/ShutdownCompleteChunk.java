package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;

/**
 * SHUTDOWN COMPLETE chunk, RFC 9260 section 3.3.13.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 14   |  Reserved   |T|          Length = 4           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * T set: the packet carries the sender's own verification tag (answer to an out-of-the-blue SHUTDOWN ACK).
 */
public record ShutdownCompleteChunk(boolean tagReflected) implements Chunk {

    public static ShutdownCompleteChunk decode(int flags, ByteBuffer v) throws SctpException {
        Wire.exactly(v, 0, "SHUTDOWN COMPLETE");
        return new ShutdownCompleteChunk((flags & 1) != 0);
    }

    @Override
    public int type() {
        return ChunkType.SHUTDOWN_COMPLETE;
    }

    @Override
    public int flags() {
        return tagReflected ? 1 : 0;
    }

    @Override
    public int valueLength() {
        return 0;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
    }
}
