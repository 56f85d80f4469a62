package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.param.HeartbeatInfoParam;
import dev.peerdesk.transport.sctp.param.ParamCodec;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * HEARTBEAT ACK chunk, RFC 9260 section 3.3.6: echoes the Heartbeat Info of the HEARTBEAT.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 5    |  Chunk Flags  |    Heartbeat Ack Length       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \            Heartbeat Information TLV (Variable-Length)        \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record HeartbeatAckChunk(HeartbeatInfoParam info) implements Chunk {

    public static HeartbeatAckChunk decode(ByteBuffer v) throws SctpException {
        return new HeartbeatAckChunk(HeartbeatChunk.single(v, "HEARTBEAT ACK"));
    }

    @Override
    public int type() {
        return ChunkType.HEARTBEAT_ACK;
    }

    @Override
    public int valueLength() {
        return ParamCodec.encodedSize(List.of(info));
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        ParamCodec.encodeAll(List.of(info), out);
    }
}
