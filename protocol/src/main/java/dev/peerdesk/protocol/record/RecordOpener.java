package dev.peerdesk.protocol.record;

import dev.peerdesk.protocol.crypto.Aead;
import dev.peerdesk.protocol.crypto.AeadException;

/**
 * Opens incoming records on one channel. Ordered channels (reliable, in order: control, files)
 * accept exactly the next sequence number; anything else is a replay or a deleted record.
 * Unordered channels accept any fresh number inside a {@link ReplayWindow}. The first refused
 * record poisons the opener: the session is over. Not thread-safe.
 */
public final class RecordOpener {
    private final Aead aead;
    private final int channelId;
    private final boolean ordered;
    private final ReplayWindow window;
    private long nextSequence;
    private boolean closed;

    public RecordOpener(Aead aead, int channelId, boolean ordered) {
        Record.checkChannelId(channelId);
        this.aead = aead;
        this.channelId = channelId;
        this.ordered = ordered;
        this.window = ordered ? null : new ReplayWindow();
    }

    /** Authenticates and decrypts one record. */
    public Record open(byte[] record) throws RecordException {
        if (closed) {
            throw new RecordException(RecordError.CLOSED, "channel " + channelId + " is closed");
        }
        closed = true; // until this record proves good
        if (record.length > Record.MAX_RECORD_LENGTH) {
            throw new RecordException(RecordError.TOO_LARGE, record.length + " bytes");
        }
        if (record.length < Record.HEADER_LENGTH + Aead.TAG_LENGTH) {
            throw new RecordException(RecordError.TRUNCATED, record.length + " bytes");
        }
        int code = record[0] & 0xff;
        RecordType type = RecordType.of(code);
        if (type == null) {
            throw new RecordException(RecordError.UNKNOWN_TYPE, "type " + code);
        }
        long sequence = Record.getLong(record, 1);
        checkSequence(sequence);
        byte[] body = new byte[record.length - Record.HEADER_LENGTH];
        System.arraycopy(record, Record.HEADER_LENGTH, body, 0, body.length);
        byte[] plaintext;
        try {
            plaintext = aead.open(Record.nonce(channelId, sequence),
                    Record.additionalData(channelId, sequence, code), body);
        } catch (AeadException e) {
            throw new RecordException(RecordError.FORGED, "record " + Long.toUnsignedString(sequence) + ": " + e.getMessage());
        }
        if (ordered) {
            nextSequence++;
        } else {
            window.mark(sequence);
        }
        closed = type == RecordType.CLOSE;
        return new Record(type, sequence, plaintext);
    }

    private void checkSequence(long sequence) throws RecordException {
        String s = Long.toUnsignedString(sequence);
        if (ordered) {
            if (sequence != nextSequence) {
                boolean old = Long.compareUnsigned(sequence, nextSequence) < 0;
                throw new RecordException(old ? RecordError.REPLAY : RecordError.GAP,
                        "record " + s + ", expected " + Long.toUnsignedString(nextSequence));
            }
        } else if (!window.isFresh(sequence)) {
            throw new RecordException(RecordError.REPLAY, "record " + s + " seen or too old");
        }
    }
}
