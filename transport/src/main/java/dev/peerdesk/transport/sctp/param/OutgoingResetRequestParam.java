package dev.peerdesk.transport.sctp.param;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.chunk.Wire;
import java.nio.ByteBuffer;

/**
 * Outgoing SSN Reset Request parameter, RFC 6525 section 4.1. An empty stream list means all streams.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 13       | Parameter Length = 16 + 2 * N |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Re-configuration Request Sequence Number            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Re-configuration Response Sequence Number           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Sender's Last Assigned TSN                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Stream Number 1 (optional)   |    Stream Number 2 (optional) |
 * /                            ......                             /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record OutgoingResetRequestParam(int requestSeq, int responseSeq, int lastAssignedTsn, int[] streams)
        implements Parameter {
    public static final int TYPE = 13;

    public static OutgoingResetRequestParam decode(ByteBuffer v) throws SctpException {
        Wire.require(v, 12, "Outgoing SSN Reset Request");
        int req = v.getInt();
        int resp = v.getInt();
        int last = v.getInt();
        if ((v.remaining() & 1) != 0) {
            throw new SctpException("Outgoing SSN Reset Request: odd stream list");
        }
        int[] streams = new int[v.remaining() / 2];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = v.getShort() & 0xffff;
        }
        return new OutgoingResetRequestParam(req, resp, last, streams);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int valueLength() {
        return 12 + 2 * streams.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.putInt(requestSeq).putInt(responseSeq).putInt(lastAssignedTsn);
        for (int s : streams) {
            out.putShort((short) s);
        }
    }
}
