package dev.peerdesk.transport.sctp.param;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.chunk.Wire;
import java.nio.ByteBuffer;

/**
 * Heartbeat Info parameter, RFC 9260 section 3.3.5: sender-specific, echoed by HEARTBEAT ACK.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Heartbeat Info Type = 1    |         HB Info Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /            Sender-Specific Heartbeat Info                     /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record HeartbeatInfoParam(byte[] info) implements Parameter {
    public static final int TYPE = 1;

    public static HeartbeatInfoParam decode(ByteBuffer v) throws SctpException {
        return new HeartbeatInfoParam(Wire.rest(v));
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int valueLength() {
        return info.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.put(info);
    }
}
