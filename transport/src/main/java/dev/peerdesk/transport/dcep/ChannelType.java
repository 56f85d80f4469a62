package dev.peerdesk.transport.dcep;

import dev.peerdesk.transport.sctp.SendOptions;

/**
 * Channel Type of DATA_CHANNEL_OPEN (RFC 8832 section 5.1): reliability kind in the low bits, the 0x80
 * bit for unordered delivery. The reliability parameter is a retransmission count or a lifetime in ms.
 */
public enum ChannelType {
    RELIABLE(0x00), RELIABLE_UNORDERED(0x80), PARTIAL_RELIABLE_REXMIT(0x01), PARTIAL_RELIABLE_REXMIT_UNORDERED(0x81),
    PARTIAL_RELIABLE_TIMED(0x02), PARTIAL_RELIABLE_TIMED_UNORDERED(0x82);

    public final int code;

    ChannelType(int code) {
        this.code = code;
    }

    public static ChannelType of(int code) throws DcepException {
        for (ChannelType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new DcepException("unknown channel type 0x" + Integer.toHexString(code));
    }

    public static ChannelType of(boolean ordered, SendOptions options) {
        int base = options.maxRetransmits() >= 0 ? 0x01 : options.maxPacketLifeTimeMillis() >= 0 ? 0x02 : 0x00;
        try {
            return of(base | (ordered ? 0 : 0x80));
        } catch (DcepException e) {
            // base is one of 0, 1, 2 and the 0x80 bit is optional: all six combinations exist above.
            throw new IllegalStateException(e);
        }
    }

    public boolean ordered() {
        return (code & 0x80) == 0;
    }

    /** The per-message send options this type and reliability parameter mean. */
    public SendOptions options(long reliabilityParameter) {
        switch (code & 0x7f) {
            case 0x01: return SendOptions.maxRetransmits((int) Math.min(Integer.MAX_VALUE, reliabilityParameter));
            case 0x02: return SendOptions.maxPacketLifeTime(reliabilityParameter);
            default: return SendOptions.RELIABLE;
        }
    }

    public static long reliabilityParameter(SendOptions o) {
        return o.maxRetransmits() >= 0 ? o.maxRetransmits() : Math.max(0, o.maxPacketLifeTimeMillis());
    }
}
