package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.param.HeartbeatInfoParam;
import dev.peerdesk.transport.sctp.param.ParamCodec;
import dev.peerdesk.transport.sctp.param.Parameter;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * HEARTBEAT chunk, RFC 9260 section 3.3.5: exactly one Heartbeat Info parameter, opaque to the peer.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 4    |  Chunk Flags  |       Heartbeat Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \            Heartbeat Information TLV (Variable-Length)        \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record HeartbeatChunk(HeartbeatInfoParam info) implements Chunk {

    public static HeartbeatChunk decode(ByteBuffer v) throws SctpException {
        return new HeartbeatChunk(single(v, "HEARTBEAT"));
    }

    static HeartbeatInfoParam single(ByteBuffer v, String what) throws SctpException {
        List<Parameter> params = ParamCodec.decodeAll(v);
        if (params.size() != 1 || !(params.get(0) instanceof HeartbeatInfoParam info)) {
            throw new SctpException(what + ": expected one Heartbeat Info parameter");
        }
        return info;
    }

    @Override
    public int type() {
        return ChunkType.HEARTBEAT;
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
