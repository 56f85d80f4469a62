package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * An error cause TLV carried in ABORT and ERROR chunks, RFC 9260 section 3.3.10.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Cause Code           |         Cause Length          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                    Cause-Specific Information                 \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The cause-specific information is kept opaque.
 */
public record ErrorCause(int code, byte[] info) {
    public static final int INVALID_STREAM = 1;
    public static final int STALE_COOKIE = 3;
    public static final int UNRECOGNIZED_CHUNK = 6;
    public static final int NO_USER_DATA = 9;
    public static final int USER_INITIATED_ABORT = 12;
    public static final int PROTOCOL_VIOLATION = 13;

    public static ErrorCause text(int code, String reason) {
        return new ErrorCause(code, reason.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static List<ErrorCause> decodeAll(ByteBuffer v) throws SctpException {
        List<ErrorCause> causes = new ArrayList<>();
        while (v.hasRemaining()) {
            Wire.require(v, 4, "error cause header");
            int code = v.getShort() & 0xffff;
            int len = v.getShort() & 0xffff;
            if (len < 4) {
                throw new SctpException("error cause length " + len);
            }
            Wire.require(v, len - 4, "error cause " + code);
            byte[] info = new byte[len - 4];
            v.get(info);
            int pad = Math.min(Wire.padding(len), v.remaining());
            v.position(v.position() + pad);
            causes.add(new ErrorCause(code, info));
        }
        return causes;
    }

    static int encodedSize(List<ErrorCause> causes) {
        int n = 0;
        for (int i = 0; i < causes.size(); i++) {
            int len = 4 + causes.get(i).info.length;
            n += len + (i == causes.size() - 1 ? 0 : Wire.padding(len));
        }
        return n;
    }

    /** Pads every cause but the last: the chunk padding covers the last one (RFC 9260 section 3.2). */
    static void encodeAll(List<ErrorCause> causes, ByteBuffer out) {
        for (int i = 0; i < causes.size(); i++) {
            ErrorCause c = causes.get(i);
            int len = 4 + c.info.length;
            out.putShort((short) c.code).putShort((short) len).put(c.info);
            if (i < causes.size() - 1) {
                out.put(new byte[Wire.padding(len)]);
            }
        }
    }

    /** A readable reason for events and logs. */
    public String describe() {
        String text = new String(info, java.nio.charset.StandardCharsets.UTF_8).replaceAll("[^\\x20-\\x7e]", "?");
        return "cause " + code + (info.length > 0 ? " (" + text + ")" : "");
    }
}
