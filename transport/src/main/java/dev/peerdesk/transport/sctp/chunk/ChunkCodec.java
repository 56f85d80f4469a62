package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Chunk framing (RFC 9260 section 3.2): type, flags, a length that counts the header and the value
 * but not the padding, then zero padding to a multiple of four. The padding of the last chunk in a
 * packet may be absent; between chunks it must be present. Padding content is ignored as the RFC asks.
 */
public final class ChunkCodec {
    public static final int HEADER = 4;

    private ChunkCodec() {
    }

    public static List<Chunk> decodeAll(ByteBuffer in) throws SctpException {
        List<Chunk> chunks = new ArrayList<>();
        while (in.hasRemaining()) {
            chunks.add(decode(in));
        }
        return chunks;
    }

    /** Decodes one chunk at the buffer's position and consumes its padding. */
    public static Chunk decode(ByteBuffer in) throws SctpException {
        Wire.require(in, HEADER, "chunk header");
        int type = in.get() & 0xff;
        int flags = in.get() & 0xff;
        int length = in.getShort() & 0xffff;
        if (length < HEADER) {
            throw new SctpException("chunk length " + length + " below header size");
        }
        Wire.require(in, length - HEADER, "chunk type " + type + " value");
        ByteBuffer value = in.slice();
        value.limit(length - HEADER);
        in.position(in.position() + length - HEADER);
        int pad = Wire.padding(length);
        if (in.remaining() > 0 && in.remaining() < pad) {
            throw new SctpException("chunk type " + type + ": missing padding before next chunk");
        }
        in.position(in.position() + Math.min(pad, in.remaining()));
        Chunk chunk = decodeValue(type, flags, value);
        if (value.hasRemaining()) {
            throw new SctpException("chunk type " + type + ": " + value.remaining() + " trailing bytes");
        }
        return chunk;
    }

    private static Chunk decodeValue(int type, int flags, ByteBuffer v) throws SctpException {
        switch (type) {
            case ChunkType.DATA: return DataChunk.decode(flags, v);
            case ChunkType.INIT: return InitChunk.decode(v);
            case ChunkType.INIT_ACK: return InitAckChunk.decode(v);
            case ChunkType.SACK: return SackChunk.decode(v);
            case ChunkType.HEARTBEAT: return HeartbeatChunk.decode(v);
            case ChunkType.HEARTBEAT_ACK: return HeartbeatAckChunk.decode(v);
            case ChunkType.ABORT: return AbortChunk.decode(flags, v);
            case ChunkType.SHUTDOWN: return ShutdownChunk.decode(v);
            case ChunkType.SHUTDOWN_ACK: return ShutdownAckChunk.decode(v);
            case ChunkType.ERROR: return ErrorChunk.decode(v);
            case ChunkType.COOKIE_ECHO: return CookieEchoChunk.decode(v);
            case ChunkType.COOKIE_ACK: return CookieAckChunk.decode(v);
            case ChunkType.SHUTDOWN_COMPLETE: return ShutdownCompleteChunk.decode(flags, v);
            case ChunkType.FORWARD_TSN: return ForwardTsnChunk.decode(v);
            case ChunkType.RE_CONFIG: return ReconfigChunk.decode(v);
            default: return new UnknownChunk(type, flags, Wire.rest(v));
        }
    }

    /** Encoded size including padding. */
    public static int encodedSize(Chunk c) {
        int len = HEADER + c.valueLength();
        return len + Wire.padding(len);
    }

    public static void encode(Chunk c, ByteBuffer out) {
        int len = HEADER + c.valueLength();
        out.put((byte) c.type()).put((byte) c.flags()).putShort((short) len);
        int start = out.position();
        c.encodeValue(out);
        if (out.position() - start != c.valueLength()) {
            // Each chunk's valueLength() and encodeValue() are written together; a mismatch is a bug here.
            throw new IllegalStateException("chunk " + c.type() + " wrote a different length than declared");
        }
        for (int i = Wire.padding(len); i > 0; i--) {
            out.put((byte) 0);
        }
    }

    public static byte[] encode(Chunk c) {
        ByteBuffer out = ByteBuffer.allocate(encodedSize(c));
        encode(c, out);
        return out.array();
    }
}
