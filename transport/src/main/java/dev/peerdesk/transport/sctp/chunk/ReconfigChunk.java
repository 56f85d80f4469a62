package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.param.ParamCodec;
import dev.peerdesk.transport.sctp.param.Parameter;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * RE-CONFIG chunk, RFC 6525 section 3.1: one or two re-configuration parameters.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Type = 130    |  Chunk Flags  |      Chunk Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                  Re-configuration Parameter                   \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \             Re-configuration Parameter (optional)             \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ReconfigChunk(List<Parameter> params) implements Chunk {

    public static ReconfigChunk decode(ByteBuffer v) throws SctpException {
        List<Parameter> params = ParamCodec.decodeAll(v);
        if (params.isEmpty() || params.size() > 2) {
            throw new SctpException("RE-CONFIG with " + params.size() + " parameters");
        }
        return new ReconfigChunk(List.copyOf(params));
    }

    @Override
    public int type() {
        return ChunkType.RE_CONFIG;
    }

    @Override
    public int valueLength() {
        return ParamCodec.encodedSize(params);
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        ParamCodec.encodeAll(params, out);
    }
}
