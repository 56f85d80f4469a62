package dev.peerdesk.relay.stun;

/**
 * ChannelData message (RFC 8656 section 12.4).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Channel Number        |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                       Application Data                        /
 * +-------------------------------+-------------------------------+
 * </pre>
 * Over TCP and TLS the message is padded to a multiple of four bytes (section 12.5); over UDP the
 * padding is optional, so a receiver accepts trailing bytes after Length.
 * <p>Channel numbers: RFC 8656 narrowed them to 0x4000-0x4FFF, but RFC 5766 allowed up to 0x7FFE
 * and clients still use that range (coturn's turnutils_uclient picks from it), so it is accepted.
 */
public final class ChannelData {
    public static final int HEADER = 4;
    public static final int MIN_CHANNEL = 0x4000;
    public static final int MAX_CHANNEL = 0x7FFE;

    private ChannelData() {
    }

    /** True when the first two bits (01) put this message in the ChannelData range. */
    public static boolean isChannelData(byte[] b, int off, int len) {
        return len >= HEADER && (b[off] & 0xC0) == 0x40;
    }

    public static boolean validChannel(int channel) {
        return channel >= MIN_CHANNEL && channel <= MAX_CHANNEL;
    }

    public static int channel(byte[] b, int off) {
        return Bytes.u16(b, off);
    }

    /** The application data length, checked against the bytes present. */
    public static int dataLength(byte[] b, int off, int len) throws StunFormatException {
        int l = Bytes.u16(b, off + 2);
        if (HEADER + l > len) {
            throw new StunFormatException("ChannelData length " + l + " exceeds " + (len - HEADER) + " bytes");
        }
        return l;
    }

    /** Encodes a ChannelData message, padded when it travels on a stream. */
    public static byte[] encode(int channel, byte[] data, int off, int len, boolean pad) {
        int total = HEADER + len;
        if (pad) {
            total = (total + 3) & ~3;
        }
        byte[] out = new byte[total];
        Bytes.put16(out, 0, channel);
        Bytes.put16(out, 2, len);
        System.arraycopy(data, off, out, HEADER, len);
        return out;
    }
}
