package dev.peerdesk.protocol.record;

import dev.peerdesk.protocol.crypto.Aead;

/**
 * One encrypted record as it travels in one data-channel message.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     type      |        sequence number (64 bits) ...          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                ... sequence number                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      ...      |  AES-256-GCM ciphertext ... | 16-byte tag     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * nonce (12) = 0x0000 | channel id (16 bits) | sequence (64 bits)
 * AD    (11) = channel id (16 bits) | sequence (64 bits) | type (8 bits)
 * </pre>
 *
 * The key is per direction, not per channel, so the channel id sits in the nonce: two channels
 * with the same sequence number never share a nonce. The channel id is not sent (the data
 * channel it arrives on says it) but it is authenticated, so a record moved to another channel
 * fails its tag. The sequence is explicit so unordered channels can decrypt out of order.
 */
public final class Record {
    /** type + sequence. */
    public static final int HEADER_LENGTH = 9;

    /** A whole record fits one data-channel message (Chromium's max-message-size is 262144). */
    public static final int MAX_RECORD_LENGTH = 262144;

    /** The largest plaintext one record carries. */
    public static final int MAX_PLAINTEXT_LENGTH = MAX_RECORD_LENGTH - HEADER_LENGTH - Aead.TAG_LENGTH;

    /** Channel ids are SCTP stream ids. */
    public static final int MAX_CHANNEL_ID = 0xffff;

    private final RecordType type;
    private final long sequence;
    private final byte[] plaintext;

    public Record(RecordType type, long sequence, byte[] plaintext) {
        this.type = type;
        this.sequence = sequence;
        this.plaintext = plaintext;
    }

    public RecordType type() {
        return type;
    }

    /** Unsigned 64-bit sequence number. */
    public long sequence() {
        return sequence;
    }

    public byte[] plaintext() {
        return plaintext;
    }

    static byte[] nonce(int channelId, long sequence) {
        byte[] n = new byte[Aead.NONCE_LENGTH];
        n[2] = (byte) (channelId >>> 8);
        n[3] = (byte) channelId;
        putLong(n, 4, sequence);
        return n;
    }

    static byte[] additionalData(int channelId, long sequence, int type) {
        byte[] ad = new byte[11];
        ad[0] = (byte) (channelId >>> 8);
        ad[1] = (byte) channelId;
        putLong(ad, 2, sequence);
        ad[10] = (byte) type;
        return ad;
    }

    static void putLong(byte[] b, int offset, long v) {
        for (int i = 7; i >= 0; i--) {
            b[offset + i] = (byte) v;
            v >>>= 8;
        }
    }

    static long getLong(byte[] b, int offset) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[offset + i] & 0xff);
        }
        return v;
    }

    static void checkChannelId(int channelId) {
        if (channelId < 0 || channelId > MAX_CHANNEL_ID) {
            throw new IllegalArgumentException("channel id " + channelId);
        }
    }
}
