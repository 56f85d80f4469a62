package dev.peerdesk.transport.sctp.param;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.chunk.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter framing, RFC 9260 section 3.2.1:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |        Parameter Type         |       Parameter Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                       Parameter Value                         \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Every parameter but the last is padded to four bytes; the last one's padding belongs to the chunk.
 */
public final class ParamCodec {
    private ParamCodec() {
    }

    public static List<Parameter> decodeAll(ByteBuffer in) throws SctpException {
        List<Parameter> params = new ArrayList<>();
        while (in.hasRemaining()) {
            params.add(decode(in));
        }
        return params;
    }

    public static Parameter decode(ByteBuffer in) throws SctpException {
        Wire.require(in, 4, "parameter header");
        int type = in.getShort() & 0xffff;
        int length = in.getShort() & 0xffff;
        if (length < 4) {
            throw new SctpException("parameter " + type + ": length " + length);
        }
        Wire.require(in, length - 4, "parameter " + type);
        ByteBuffer v = in.slice();
        v.limit(length - 4);
        in.position(in.position() + length - 4);
        int pad = Wire.padding(length);
        if (in.remaining() > 0 && in.remaining() < pad) {
            throw new SctpException("parameter " + type + ": missing padding before next parameter");
        }
        in.position(in.position() + Math.min(pad, in.remaining()));
        Parameter p = decodeValue(type, v);
        if (v.hasRemaining()) {
            throw new SctpException("parameter " + type + ": " + v.remaining() + " trailing bytes");
        }
        return p;
    }

    private static Parameter decodeValue(int type, ByteBuffer v) throws SctpException {
        switch (type) {
            case HeartbeatInfoParam.TYPE: return HeartbeatInfoParam.decode(v);
            case StateCookieParam.TYPE: return StateCookieParam.decode(v);
            case SupportedExtensionsParam.TYPE: return SupportedExtensionsParam.decode(v);
            case ForwardTsnSupportedParam.TYPE: return ForwardTsnSupportedParam.decode(v);
            case OutgoingResetRequestParam.TYPE: return OutgoingResetRequestParam.decode(v);
            case IncomingResetRequestParam.TYPE: return IncomingResetRequestParam.decode(v);
            case ReconfigResponseParam.TYPE: return ReconfigResponseParam.decode(v);
            default: return new UnknownParam(type, Wire.rest(v));
        }
    }

    public static int encodedSize(List<Parameter> params) {
        int n = 0;
        for (int i = 0; i < params.size(); i++) {
            int len = 4 + params.get(i).valueLength();
            n += len + (i == params.size() - 1 ? 0 : Wire.padding(len));
        }
        return n;
    }

    public static void encodeAll(List<Parameter> params, ByteBuffer out) {
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            int len = 4 + p.valueLength();
            out.putShort((short) p.type()).putShort((short) len);
            p.encodeValue(out);
            if (i < params.size() - 1) {
                for (int k = Wire.padding(len); k > 0; k--) {
                    out.put((byte) 0);
                }
            }
        }
    }

    /** One parameter with its own padding, for tests and single-parameter use. */
    public static byte[] encode(Parameter p) {
        int len = 4 + p.valueLength();
        ByteBuffer out = ByteBuffer.allocate(len + Wire.padding(len));
        encodeAll(List.of(p), out);
        return out.array();
    }
}
