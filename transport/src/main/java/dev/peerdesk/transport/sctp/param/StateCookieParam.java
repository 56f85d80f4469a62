package dev.peerdesk.transport.sctp.param;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.chunk.Wire;
import java.nio.ByteBuffer;

/**
 * State Cookie parameter of INIT ACK, RFC 9260 section 3.3.3.1. Opaque to the receiver.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Type = 7             |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                            Cookie                             \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record StateCookieParam(byte[] cookie) implements Parameter {
    public static final int TYPE = 7;

    public static StateCookieParam decode(ByteBuffer v) throws SctpException {
        Wire.require(v, 1, "State Cookie");
        return new StateCookieParam(Wire.rest(v));
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int valueLength() {
        return cookie.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.put(cookie);
    }
}
