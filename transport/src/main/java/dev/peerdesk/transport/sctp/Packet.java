package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.ChunkCodec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * An SCTP packet, RFC 9260 section 3.1: common header then chunks.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Source Port Number        |     Destination Port Number   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Verification Tag                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           Checksum                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The CRC32c (RFC 9260 Appendix A) covers the packet with a zero checksum field and is stored in the
 * byte order the reference implementation writes (least significant byte first).
 */
public record Packet(int sourcePort, int destinationPort, int verificationTag, List<Chunk> chunks) {
    public static final int HEADER = 12;

    /** True when the packet is long enough and its CRC32c matches; otherwise the RFC says discard. */
    public static boolean checksumValid(byte[] raw) {
        if (raw.length < HEADER) {
            return false;
        }
        int stored = ByteBuffer.wrap(raw, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return stored == crc(raw);
    }

    public static Packet decode(byte[] raw) throws SctpException {
        if (raw.length < HEADER) {
            throw new SctpException("packet of " + raw.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(raw);
        int src = in.getShort() & 0xffff;
        int dst = in.getShort() & 0xffff;
        int tag = in.getInt();
        in.getInt();
        List<Chunk> chunks = ChunkCodec.decodeAll(in);
        if (chunks.isEmpty()) {
            throw new SctpException("packet without chunks");
        }
        return new Packet(src, dst, tag, List.copyOf(chunks));
    }

    public byte[] encode() {
        int size = HEADER;
        for (Chunk c : chunks) {
            size += ChunkCodec.encodedSize(c);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putShort((short) sourcePort).putShort((short) destinationPort).putInt(verificationTag).putInt(0);
        for (Chunk c : chunks) {
            ChunkCodec.encode(c, out);
        }
        byte[] raw = out.array();
        ByteBuffer.wrap(raw, 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(crc(raw));
        return raw;
    }

    private static int crc(byte[] raw) {
        CRC32C crc = new CRC32C();
        crc.update(raw, 0, 8);
        crc.update(new byte[4]);
        crc.update(raw, HEADER, raw.length - HEADER);
        return (int) crc.getValue();
    }
}
