package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.param.StateCookieParam;
import java.nio.ByteBuffer;

/**
 * INIT ACK chunk, RFC 9260 section 3.3.3. Same layout as INIT with type 2; the State Cookie
 * parameter is mandatory.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 2    |  Chunk Flags  |         Chunk Length          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Initiate Tag                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |              Advertised Receiver Window Credit                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Number of Outbound Streams   |   Number of Inbound Streams   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          Initial TSN                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \   State Cookie and Optional/Variable-Length Parameters        \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record InitAckChunk(InitFields fields) implements Chunk {

    public static InitAckChunk decode(ByteBuffer v) throws SctpException {
        InitFields f = InitFields.decode(v, "INIT ACK");
        if (f.find(StateCookieParam.class) == null) {
            throw new SctpException("INIT ACK without State Cookie");
        }
        return new InitAckChunk(f);
    }

    public byte[] cookie() {
        return fields.find(StateCookieParam.class).cookie();
    }

    @Override
    public int type() {
        return ChunkType.INIT_ACK;
    }

    @Override
    public int valueLength() {
        return fields.valueLength();
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        fields.encode(out);
    }
}
