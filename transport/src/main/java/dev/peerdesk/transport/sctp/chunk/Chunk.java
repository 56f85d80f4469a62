package dev.peerdesk.transport.sctp.chunk;

import java.nio.ByteBuffer;

/**
 * One SCTP chunk (RFC 9260 section 3.2). The common chunk header (type, flags, length) and the
 * padding to a multiple of four bytes are written and checked by {@link ChunkCodec}; each chunk type
 * only encodes and decodes its value.
 */
public sealed interface Chunk permits DataChunk, InitChunk, InitAckChunk, SackChunk, HeartbeatChunk,
        HeartbeatAckChunk, AbortChunk, ShutdownChunk, ShutdownAckChunk, ShutdownCompleteChunk, ErrorChunk,
        CookieEchoChunk, CookieAckChunk, ForwardTsnChunk, ReconfigChunk, UnknownChunk {

    int type();

    default int flags() {
        return 0;
    }

    /** Bytes of the value, without the 4-byte header and without padding. */
    int valueLength();

    void encodeValue(ByteBuffer out);
}
