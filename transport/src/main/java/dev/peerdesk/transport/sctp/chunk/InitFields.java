package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.param.ParamCodec;
import dev.peerdesk.transport.sctp.param.Parameter;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The fixed part shared by INIT and INIT ACK (RFC 9260 sections 3.3.2 and 3.3.3) followed by
 * parameters. Zero initiate tag, a_rwnd below 1500 or zero stream counts are invalid there.
 */
public record InitFields(int initiateTag, long aRwnd, int outboundStreams, int inboundStreams,
                         int initialTsn, List<Parameter> params) {
    public static final int FIXED = 16;

    static InitFields decode(ByteBuffer v, String what) throws SctpException {
        Wire.require(v, FIXED, what);
        int tag = v.getInt();
        long arwnd = v.getInt() & 0xffffffffL;
        int os = v.getShort() & 0xffff;
        int mis = v.getShort() & 0xffff;
        int tsn = v.getInt();
        if (tag == 0) {
            throw new SctpException(what + ": initiate tag 0");
        }
        if (os == 0 || mis == 0) {
            throw new SctpException(what + ": zero stream count");
        }
        return new InitFields(tag, arwnd, os, mis, tsn, List.copyOf(ParamCodec.decodeAll(v)));
    }

    int valueLength() {
        return FIXED + ParamCodec.encodedSize(params);
    }

    void encode(ByteBuffer out) {
        out.putInt(initiateTag).putInt((int) aRwnd).putShort((short) outboundStreams)
                .putShort((short) inboundStreams).putInt(initialTsn);
        ParamCodec.encodeAll(params, out);
    }

    public <T extends Parameter> T find(Class<T> kind) {
        for (Parameter p : params) {
            if (kind.isInstance(p)) {
                return kind.cast(p);
            }
        }
        return null;
    }
}
