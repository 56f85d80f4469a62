package dev.peerdesk.transport.sctp;

/**
 * Partial reliability of one message (RFC 3758, as used by RFC 8831): at most one of
 * {@code maxRetransmits} (retransmissions after the first send) and {@code maxPacketLifeTimeMillis}
 * (age since {@code send}) is set; -1 means "not limited". {@link #RELIABLE} limits neither.
 */
public record SendOptions(int maxRetransmits, long maxPacketLifeTimeMillis) {
    public static final SendOptions RELIABLE = new SendOptions(-1, -1);

    public SendOptions {
        if (maxRetransmits >= 0 && maxPacketLifeTimeMillis >= 0) {
            throw new IllegalArgumentException("maxRetransmits and maxPacketLifeTime are exclusive");
        }
    }

    public static SendOptions maxRetransmits(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("maxRetransmits " + n);
        }
        return new SendOptions(n, -1);
    }

    public static SendOptions maxPacketLifeTime(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("maxPacketLifeTime " + millis);
        }
        return new SendOptions(-1, millis);
    }

    public boolean reliable() {
        return maxRetransmits < 0 && maxPacketLifeTimeMillis < 0;
    }
}
