package dev.peerdesk.protocol.record;

import dev.peerdesk.protocol.crypto.AeadFactory;

/**
 * One side's record layer after SRP: makes a sealer and an opener per data channel, with the
 * send key for outgoing and the receive key for incoming records. Each gets its own
 * {@link dev.peerdesk.protocol.crypto.Aead}, since implementations are not thread-safe.
 */
public final class RecordSession {
    private final byte[] sendKey;
    private final byte[] receiveKey;
    private final AeadFactory aeads;

    private RecordSession(byte[] sendKey, byte[] receiveKey, AeadFactory aeads) {
        this.sendKey = sendKey;
        this.receiveKey = receiveKey;
        this.aeads = aeads;
    }

    /** The host's side: seals host->viewer, opens viewer->host. */
    public static RecordSession host(RecordKeys keys, AeadFactory aeads) {
        return new RecordSession(keys.sendKey(true), keys.receiveKey(true), aeads);
    }

    /** The viewer's side: seals viewer->host, opens host->viewer. */
    public static RecordSession viewer(RecordKeys keys, AeadFactory aeads) {
        return new RecordSession(keys.sendKey(false), keys.receiveKey(false), aeads);
    }

    public RecordSealer sealer(int channelId) {
        return new RecordSealer(aeads.create(sendKey), channelId);
    }

    public RecordOpener opener(int channelId, boolean ordered) {
        return new RecordOpener(aeads.create(receiveKey), channelId, ordered);
    }
}
