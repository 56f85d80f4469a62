package dev.peerdesk.transport.sctp.param;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.chunk.Wire;
import java.nio.ByteBuffer;

/**
 * Supported Extensions parameter, RFC 5061 section 4.2.7: chunk types the sender implements
 * (here FORWARD TSN 192 and RE-CONFIG 130).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 0x8008   |      Parameter Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | CHUNK TYPE 1  |  CHUNK TYPE 2 |  CHUNK TYPE 3 |  CHUNK TYPE 4 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record SupportedExtensionsParam(byte[] chunkTypes) implements Parameter {
    public static final int TYPE = 0x8008;

    public static SupportedExtensionsParam decode(ByteBuffer v) throws SctpException {
        return new SupportedExtensionsParam(Wire.rest(v));
    }

    public boolean supports(int chunkType) {
        for (byte b : chunkTypes) {
            if ((b & 0xff) == chunkType) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int valueLength() {
        return chunkTypes.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.put(chunkTypes);
    }
}
