package dev.peerdesk.protocol.record;

import dev.peerdesk.protocol.crypto.Aead;

/** Seals outgoing records on one channel, numbering them 0, 1, 2, ... Not thread-safe. */
public final class RecordSealer {
    private final Aead aead;
    private final int channelId;
    private long nextSequence;
    private boolean closed;

    public RecordSealer(Aead aead, int channelId) {
        Record.checkChannelId(channelId);
        this.aead = aead;
        this.channelId = channelId;
    }

    /** The record bytes for {@code plaintext}; at most {@link Record#MAX_PLAINTEXT_LENGTH} bytes. */
    public byte[] seal(RecordType type, byte[] plaintext) {
        if (plaintext.length > Record.MAX_PLAINTEXT_LENGTH) {
            throw new IllegalArgumentException("record plaintext " + plaintext.length + " > " + Record.MAX_PLAINTEXT_LENGTH);
        }
        if (closed) {
            throw new IllegalStateException("channel " + channelId + " already sealed CLOSE");
        }
        if (nextSequence == -1L) {
            // 2^64 - 1 records on one channel: a nonce would repeat next; cannot happen in practice.
            throw new IllegalStateException("sequence numbers exhausted");
        }
        long sequence = nextSequence++;
        byte[] sealed = aead.seal(Record.nonce(channelId, sequence),
                Record.additionalData(channelId, sequence, type.code()), plaintext);
        byte[] out = new byte[Record.HEADER_LENGTH + sealed.length];
        out[0] = (byte) type.code();
        Record.putLong(out, 1, sequence);
        System.arraycopy(sealed, 0, out, Record.HEADER_LENGTH, sealed.length);
        closed = type == RecordType.CLOSE;
        return out;
    }

    /** The sequence number the next record gets. */
    public long nextSequence() {
        return nextSequence;
    }
}
