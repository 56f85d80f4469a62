package dev.peerdesk.transport.sctp.param;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.chunk.Wire;
import java.nio.ByteBuffer;

/**
 * Re-configuration Response parameter, RFC 6525 section 4.4 (the optional TSN fields, used only by the
 * SSN/TSN Reset Request, are not produced here and are rejected when half present).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 16       |      Parameter Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Re-configuration Response Sequence Number             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            Result                             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   Sender's Next TSN (optional)                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Receiver's Next TSN (optional)               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ReconfigResponseParam(int responseSeq, int result, boolean hasTsns, int senderNextTsn,
                                    int receiverNextTsn) implements Parameter {
    public static final int TYPE = 16;
    public static final int SUCCESS_NOTHING_TO_DO = 0;
    public static final int SUCCESS_PERFORMED = 1;
    public static final int DENIED = 2;
    public static final int ERROR_WRONG_SSN = 3;
    public static final int ERROR_IN_PROGRESS_ALREADY = 4;
    public static final int ERROR_BAD_SEQUENCE_NUMBER = 5;
    public static final int IN_PROGRESS = 6;

    public static ReconfigResponseParam of(int responseSeq, int result) {
        return new ReconfigResponseParam(responseSeq, result, false, 0, 0);
    }

    public static ReconfigResponseParam decode(ByteBuffer v) throws SctpException {
        if (v.remaining() != 8 && v.remaining() != 16) {
            throw new SctpException("Re-configuration Response: length " + (v.remaining() + 4));
        }
        int seq = v.getInt();
        int result = v.getInt();
        if (!v.hasRemaining()) {
            return of(seq, result);
        }
        return new ReconfigResponseParam(seq, result, true, v.getInt(), v.getInt());
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int valueLength() {
        return hasTsns ? 16 : 8;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.putInt(responseSeq).putInt(result);
        if (hasTsns) {
            out.putInt(senderNextTsn).putInt(receiverNextTsn);
        }
    }
}
