package dev.peerdesk.transport.sctp.param;

import java.nio.ByteBuffer;

/**
 * A parameter this endpoint does not implement (RFC 9260 section 3.2.1: the two high bits of the type
 * say whether to skip it; WebRTC peers only send skippable ones we ignore, e.g. ECN or Random).
 */
public record UnknownParam(int type, byte[] value) implements Parameter {

    @Override
    public int valueLength() {
        return value.length;
    }

    @Override
    public void encodeValue(ByteBuffer out) {
        out.put(value);
    }
}
