package dev.peerdesk.relay.stun;

/**
 * Splits a TCP or TLS byte stream into STUN and ChannelData messages (RFC 8656 section 12.5):
 * a STUN message is 20 bytes plus its Length, a ChannelData message 4 bytes plus its Length
 * rounded up to a multiple of four.
 */
public final class StreamFramer {
    private StreamFramer() {
    }

    /**
     * The length of the message at the start of {@code b[off, off+len)}, which may be more than
     * {@code len} (read more), or -1 when fewer than 4 bytes are there to tell.
     */
    public static int messageLength(byte[] b, int off, int len) throws StunFormatException {
        if (len < 4) {
            return -1;
        }
        int first = b[off] & 0xFF;
        int l = Bytes.u16(b, off + 2);
        if (first < 0x40) {
            if (l % 4 != 0) {
                throw new StunFormatException("STUN length " + l + " not a multiple of 4");
            }
            return StunFrame.HEADER + l;
        }
        if (first < 0x80) {
            return (ChannelData.HEADER + l + 3) & ~3;
        }
        throw new StunFormatException("neither STUN nor ChannelData on the stream: 0x" + Integer.toHexString(first));
    }
}
