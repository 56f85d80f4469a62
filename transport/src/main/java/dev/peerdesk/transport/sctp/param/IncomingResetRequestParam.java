package dev.peerdesk.transport.sctp.param;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.chunk.Wire;
import java.nio.ByteBuffer;

/**
 * Incoming SSN Reset Request parameter, RFC 6525 section 4.2 (the peer asks us to reset our outgoing
 * streams; this endpoint answers it with "Denied").
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 14       |  Parameter Length = 8 + 2 * N |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Re-configuration Request Sequence Number             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Stream Number 1 (optional)   |    Stream Number 2 (optional) |
 * /                            ......                             /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record IncomingResetRequestParam(int requestSeq, int[] streams) implements Parameter {
    public static final int TYPE = 14;

    public static IncomingResetRequestParam decode(ByteBuffer v) throws SctpException {
        Wire.require(v, 4, "Incoming SSN Reset Request");
        int req = v.getInt();
        if ((v.remaining() & 1) != 0) {
            throw new SctpException("Incoming SSN Reset Request: odd stream list");
        }
        int[] streams = new int[v.remaining() / 2];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = v.getShort() & 0xffff;
        }
        return new IncomingResetRequestParam(req, streams);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int valueLength() {
        return 4 + 2 * streams.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.putInt(requestSeq);
        for (int s : streams) {
            out.putShort((short) s);
        }
    }
}
