package dev.peerdesk.transport.dcep;

import java.nio.ByteBuffer;

/** A DCEP message (RFC 8832 section 5), carried with PPID 50 on the channel's stream. */
public sealed interface DcepMessage permits DataChannelOpen, DataChannelAck {

    byte[] encode();

    static DcepMessage decode(byte[] raw) throws DcepException {
        if (raw.length == 0) {
            throw new DcepException("empty DCEP message");
        }
        ByteBuffer in = ByteBuffer.wrap(raw);
        int type = in.get() & 0xff;
        switch (type) {
            case DataChannelOpen.TYPE: return DataChannelOpen.decodeBody(in);
            case DataChannelAck.TYPE: return DataChannelAck.decodeBody(in);
            default: throw new DcepException("unknown DCEP message type 0x" + Integer.toHexString(type));
        }
    }
}
