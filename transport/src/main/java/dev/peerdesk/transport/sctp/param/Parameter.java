package dev.peerdesk.transport.sctp.param;

import java.nio.ByteBuffer;

/**
 * A chunk parameter TLV (RFC 9260 section 3.2.1). {@link ParamCodec} writes type, length and padding;
 * each parameter encodes and decodes only its value.
 */
public sealed interface Parameter permits StateCookieParam, HeartbeatInfoParam, SupportedExtensionsParam,
        ForwardTsnSupportedParam, OutgoingResetRequestParam, IncomingResetRequestParam, ReconfigResponseParam,
        UnknownParam {

    int type();

    int valueLength();

    void encodeValue(ByteBuffer out);
}
