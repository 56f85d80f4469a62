package dev.peerdesk.transport.sctp;

/** A user message waiting in the send buffer or being transmitted as fragments. */
final class OutMessage {
    final int streamId;
    final int ppid;
    final byte[] data;
    final boolean ordered;
    final SendOptions options;
    final long createdAt;
    int ssn;
    boolean abandoned;
    OutChunk[] fragments;

    OutMessage(int streamId, int ppid, byte[] data, boolean ordered, SendOptions options, long createdAt) {
        this.streamId = streamId;
        this.ppid = ppid;
        this.data = data;
        this.ordered = ordered;
        this.options = options;
        this.createdAt = createdAt;
    }

    boolean expired(long now) {
        return options.maxPacketLifeTimeMillis() >= 0 && now - createdAt > options.maxPacketLifeTimeMillis();
    }

    /** RFC 8831 maxRetransmits: may a chunk already sent {@code transmissions} times go out again? */
    boolean mayRetransmit(int transmissions) {
        return options.maxRetransmits() < 0 || transmissions <= options.maxRetransmits();
    }
}
