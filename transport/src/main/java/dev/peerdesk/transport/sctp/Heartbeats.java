package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.HeartbeatAckChunk;
import dev.peerdesk.transport.sctp.chunk.HeartbeatChunk;
import dev.peerdesk.transport.sctp.param.HeartbeatInfoParam;
import java.nio.ByteBuffer;

/**
 * Path heartbeat of RFC 9260 section 8.3 while the association is idle: one HEARTBEAT per interval
 * (plus RTO) carrying the send time and a nonce; the echo gives an RTT sample and clears the error
 * counter, a missing echo counts as an error (section 8.1).
 */
final class Heartbeats {
    private final SctpConfig config;
    private final RtoEstimator rto;
    private final Timer timer = new Timer();
    private long nonce;

    Heartbeats(SctpConfig config, RtoEstimator rto) {
        this.config = config;
        this.rto = rto;
    }

    void start(long now) {
        timer.start(now, config.heartbeatIntervalMillis());
    }

    void stop() {
        timer.stop();
    }

    long deadline() {
        return timer.deadline();
    }

    /** @return false when unanswered heartbeats exceeded the association's retransmission limit */
    boolean onTimeout(long now, DataTransfer data) {
        if (!timer.expired(now)) {
            return true;
        }
        timer.expire();
        if (nonce != 0) {
            data.countError();
            if (data.errorCount() > config.maxAssociationRetransmits()) {
                return false;
            }
        }
        if (!data.queue.hasOutstanding()) {
            nonce = ((long) config.random().nextInt() << 32) | (config.random().nextInt() & 0xffffffffL) | 1;
            byte[] info = ByteBuffer.allocate(16).putLong(now).putLong(nonce).array();
            data.queueControl(new HeartbeatChunk(new HeartbeatInfoParam(info)));
        }
        timer.start(now, config.heartbeatIntervalMillis() + rto.rto());
        return true;
    }

    void onAck(long now, HeartbeatAckChunk ack, DataTransfer data) {
        byte[] info = ack.info().info();
        if (info.length != 16 || nonce == 0) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(info);
        long sent = b.getLong();
        if (b.getLong() == nonce && sent <= now) {
            nonce = 0;
            rto.sample(now - sent);
            data.clearErrors();
        }
    }
}
