package dev.peerdesk.protocol.session;

import dev.peerdesk.protocol.crypto.AeadFactory;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.ProtocolException;
import dev.peerdesk.protocol.record.Record;
import dev.peerdesk.protocol.record.RecordException;
import dev.peerdesk.protocol.record.RecordKeys;
import dev.peerdesk.protocol.record.RecordOpener;
import dev.peerdesk.protocol.record.RecordSealer;
import dev.peerdesk.protocol.record.RecordSession;
import dev.peerdesk.protocol.record.RecordType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An authenticated session's record layer: every data-channel message after the handshake is one
 * sealed record whose plaintext is one or more codec frames. Not thread-safe: one caller a side.
 */
public final class SecureSession {
    /** What one record held: its messages, or the peer's orderly CLOSE. */
    public record Received(List<Message> messages, boolean close) {}

    private final RecordKeys keys;
    private final RecordSession records;
    private final Map<SessionChannel, RecordSealer> sealers = new EnumMap<>(SessionChannel.class);
    private final Map<SessionChannel, RecordOpener> openers = new EnumMap<>(SessionChannel.class);

    private SecureSession(RecordKeys keys, RecordSession records) {
        this.keys = keys;
        this.records = records;
    }

    static SecureSession host(byte[] sessionKey, byte[] transcript, AeadFactory aeads) {
        RecordKeys keys = RecordKeys.derive(sessionKey, transcript);
        return new SecureSession(keys, RecordSession.host(keys, aeads));
    }

    static SecureSession viewer(byte[] sessionKey, byte[] transcript, AeadFactory aeads) {
        RecordKeys keys = RecordKeys.derive(sessionKey, transcript);
        return new SecureSession(keys, RecordSession.viewer(keys, aeads));
    }

    /** Both directions' record keys: for the protocol check page, which compares them across ends. */
    public RecordKeys keys() {
        return keys;
    }

    /** The largest sum of encoded frames one record can carry. */
    public static int maxPlaintext() {
        return Record.MAX_PLAINTEXT_LENGTH;
    }

    public byte[] seal(SessionChannel channel, Message... messages) {
        return sealer(channel).seal(RecordType.MESSAGES, Frames.encode(messages));
    }

    /** The last record on {@code channel}: tells the peer the close is orderly, not a truncation. */
    public byte[] sealClose(SessionChannel channel) {
        return sealer(channel).seal(RecordType.CLOSE, new byte[0]);
    }

    /** Opens one record; any exception means the session must end (the opener stays poisoned). */
    public Received open(SessionChannel channel, byte[] record) throws RecordException, ProtocolException {
        Record r = openers.computeIfAbsent(channel, c -> records.opener(c.id(), c.ordered())).open(record);
        if (r.type() == RecordType.CLOSE) {
            return new Received(List.of(), true);
        }
        return new Received(Frames.decodeAll(r.plaintext()), false);
    }

    private RecordSealer sealer(SessionChannel channel) {
        return sealers.computeIfAbsent(channel, c -> records.sealer(c.id()));
    }
}
