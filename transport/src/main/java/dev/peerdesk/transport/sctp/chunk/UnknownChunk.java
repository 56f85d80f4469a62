package dev.peerdesk.transport.sctp.chunk;

import java.nio.ByteBuffer;

/**
 * A chunk type this endpoint does not implement. RFC 9260 section 3.2: the two high bits of the type
 * say what to do: 00 stop and discard the packet, 01 same and report, 10 skip, 11 skip and report.
 */
public record UnknownChunk(int type, int flags, byte[] value) implements Chunk {

    public boolean stopProcessing() {
        return (type & 0x80) == 0;
    }

    public boolean report() {
        return (type & 0x40) != 0;
    }

    @Override
    public int valueLength() {
        return value.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.put(value);
    }
}
