package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.ShutdownAckChunk;
import dev.peerdesk.transport.sctp.chunk.ShutdownChunk;

/**
 * Graceful shutdown, RFC 9260 section 9.2: SHUTDOWN once everything we sent is acknowledged, SHUTDOWN
 * ACK once everything is acknowledged after the peer's SHUTDOWN, both retransmitted on T2-shutdown.
 * Returns the state to move to; the association owns the state.
 */
final class ShutdownControl {
    private final SctpConfig config;
    private final RtoEstimator rto;
    private final Timer t2 = new Timer();

    ShutdownControl(SctpConfig config, RtoEstimator rto) {
        this.config = config;
        this.rto = rto;
    }

    long deadline() {
        return t2.deadline();
    }

    void stop() {
        t2.stop();
    }

    /** Peer's SHUTDOWN: also acknowledges our data up to its cumulative TSN (section 9.2). */
    AssociationState onShutdown(long now, AssociationState state, ShutdownChunk s, DataTransfer data)
            throws SctpException {
        data.onSack(now, new dev.peerdesk.transport.sctp.chunk.SackChunk(s.cumulativeTsnAck(), 0xffffffffL,
                new int[0], new int[0]));
        switch (state) {
            case ESTABLISHED, SHUTDOWN_PENDING, SHUTDOWN_SENT -> {
                return AssociationState.SHUTDOWN_RECEIVED; // from SHUTDOWN_SENT: both closed at once
            }
            default -> {
                return state;
            }
        }
    }

    /** Sends SHUTDOWN or SHUTDOWN ACK when the data side has drained. */
    AssociationState progress(long now, AssociationState state, DataTransfer data) {
        if (!data.allAcked()) {
            return state;
        }
        if (state == AssociationState.SHUTDOWN_PENDING) {
            data.queueControl(new ShutdownChunk(data.receiver.cumulativeTsn()));
            t2.start(now, rto.rto());
            return AssociationState.SHUTDOWN_SENT;
        }
        if (state == AssociationState.SHUTDOWN_RECEIVED) {
            data.queueControl(new ShutdownAckChunk());
            t2.start(now, rto.rto());
            return AssociationState.SHUTDOWN_ACK_SENT;
        }
        return state;
    }

    /** @return false when T2 expired too often: the association gives up */
    boolean onTimeout(long now, AssociationState state, DataTransfer data) {
        if (!t2.expired(now)) {
            return true;
        }
        if (t2.expire() > config.maxAssociationRetransmits()) {
            return false;
        }
        rto.backoff();
        data.queueControl(state == AssociationState.SHUTDOWN_SENT
                ? new ShutdownChunk(data.receiver.cumulativeTsn()) : new ShutdownAckChunk());
        t2.start(now, rto.rto());
        return true;
    }
}
