package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.DataChunk;

/** One DATA fragment of an {@link OutMessage} and its retransmission bookkeeping. */
final class OutChunk {
    enum State { NOT_SENT, IN_FLIGHT, NEEDS_RETRANSMIT, ACKED, ABANDONED }

    final OutMessage message;
    final DataChunk chunk;
    State state = State.NOT_SENT;
    long sentAt;
    int transmissions;
    int missIndications;
    boolean fastRetransmitted;

    OutChunk(OutMessage message, DataChunk chunk) {
        this.message = message;
        this.chunk = chunk;
    }

    int tsn() {
        return chunk.tsn();
    }

    int size() {
        return chunk.data().length;
    }
}
