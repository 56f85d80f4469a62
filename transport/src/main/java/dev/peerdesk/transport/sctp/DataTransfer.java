package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.ChunkCodec;
import dev.peerdesk.transport.sctp.chunk.DataChunk;
import dev.peerdesk.transport.sctp.chunk.ForwardTsnChunk;
import dev.peerdesk.transport.sctp.chunk.ReconfigChunk;
import dev.peerdesk.transport.sctp.chunk.SackChunk;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The data path of an established association: sending (congestion and receive window limits,
 * retransmissions first, T3-rtx), receiving (SACK generation), FORWARD TSN and stream resets, and
 * packing all of it into packets of at most one MTU.
 */
final class DataTransfer {
    private final Peer peer;
    private final SctpConfig config;
    private final SendBuffer sendBuffer;
    final RetransmissionQueue queue;
    final DataReceiver receiver;
    final StreamResets resets;
    private final CongestionControl cc;
    private final RtoEstimator rto;
    private final Timer t3 = new Timer();
    private final ArrayDeque<Chunk> control = new ArrayDeque<>();
    private long peerRwnd;
    private boolean fastRetransmitBurst;
    private boolean checkForwardTsn;
    private int errorCount;

    DataTransfer(Peer peer, SctpConfig config, SendBuffer sendBuffer, ArrayDeque<SctpEvent> events, RtoEstimator rto) {
        this.peer = peer;
        this.config = config;
        this.sendBuffer = sendBuffer;
        this.rto = rto;
        int maxPayload = config.mtu() - Packet.HEADER - ChunkCodec.HEADER - DataChunk.HEADER;
        this.queue = new RetransmissionQueue(sendBuffer, peer.localInitialTsn(), maxPayload, peer.forwardTsn());
        this.receiver = new DataReceiver(events, config, peer.peerInitialTsn());
        this.resets = new StreamResets(peer.localInitialTsn(), peer.peerInitialTsn());
        this.cc = new CongestionControl(config.mtu(), peer.peerRwnd());
        this.peerRwnd = peer.peerRwnd();
    }

    void queueControl(Chunk c) {
        control.add(c);
    }

    /** Consecutive T3-rtx expiries and unanswered heartbeats (RFC 9260 section 8.1). */
    int errorCount() {
        return errorCount;
    }

    void countError() {
        errorCount++;
    }

    void clearErrors() {
        errorCount = 0;
    }

    void onSack(long now, SackChunk sack) throws SctpException {
        long flightBefore = queue.flight();
        RetransmissionQueue.SackResult r = queue.onSack(sack);
        peerRwnd = sack.aRwnd();
        if (r.rttSentAt() != Long.MIN_VALUE) {
            rto.sample(now - r.rttSentAt());
        }
        cc.onAck(r.bytesAcked(), r.cumAdvanced(), flightBefore, queue.cumAck());
        if (r.fastRetransmit()) {
            cc.onFastRetransmit(queue.highestSent());
            fastRetransmitBurst = true;
        }
        if (r.cumAdvanced()) {
            errorCount = 0;
        }
        if (!queue.hasOutstanding()) {
            t3.stop();
        } else if (r.cumAdvanced() || !t3.running()) {
            t3.start(now, rto.rto());
        }
        checkForwardTsn = true;
    }

    void onData(DataChunk d) throws SctpException {
        receiver.onData(d);
    }

    void onForwardTsn(ForwardTsnChunk f) {
        receiver.onForwardTsn(f);
    }

    void onReconfig(ReconfigChunk c, ArrayDeque<SctpEvent> events) {
        List<ReconfigChunk> replies = new ArrayList<>();
        resets.onReconfig(c, receiver, sendBuffer, events, replies);
        control.addAll(replies);
    }

    /** @return false when the association must give up (too many consecutive expiries) */
    boolean onTimeout(long now) {
        resets.onTimeout(now);
        if (!t3.expired(now)) {
            return true;
        }
        t3.expire();
        if (++errorCount > config.maxAssociationRetransmits()) {
            return false;
        }
        rto.backoff();
        cc.onTimeout();
        queue.onTimeout();
        checkForwardTsn = true;
        t3.start(now, rto.rto());
        return true;
    }

    long deadline() {
        return Math.min(t3.deadline(), Math.min(receiver.deadline(), resets.deadline()));
    }

    boolean allAcked() {
        return queue.isEmpty() && sendBuffer.isEmpty();
    }

    /** Builds the next packet's chunks (control, SACK, FORWARD TSN, RE-CONFIG, then DATA); empty if none. */
    List<Chunk> assemble(long now, boolean mayStartData) {
        List<Chunk> out = new ArrayList<>();
        int budget = config.mtu() - Packet.HEADER;
        while (!control.isEmpty()) {
            int size = ChunkCodec.encodedSize(control.peek());
            if (size > config.mtu() - Packet.HEADER) {
                control.poll(); // can never fit a packet (e.g. an ERROR quoting a huge chunk): drop it
                continue;
            }
            if (size > budget) {
                break;
            }
            out.add(control.poll());
            budget -= size;
        }
        if (receiver.sackDue(now) || (receiver.sackPending() && (!out.isEmpty() || dataReady(now)))) {
            SackChunk sack = receiver.buildSack();
            budget -= ChunkCodec.encodedSize(sack);
            out.add(sack);
        }
        if (checkForwardTsn && peer.forwardTsn()) {
            checkForwardTsn = false;
            ForwardTsnChunk f = queue.forwardTsn();
            if (f != null && ChunkCodec.encodedSize(f) <= budget) {
                budget -= ChunkCodec.encodedSize(f);
                out.add(f);
                if (!t3.running()) {
                    t3.start(now, rto.rto());
                }
            }
        }
        ReconfigChunk reconfig = peer.reconfig() ? resets.poll(now, rto.rto(), sendBuffer, queue.lastAssignedTsn()) : null;
        if (reconfig != null) {
            budget -= ChunkCodec.encodedSize(reconfig);
            out.add(reconfig);
        }
        if (addData(now, out, budget, mayStartData) && !t3.running()) {
            t3.start(now, rto.rto());
        }
        return out;
    }

    private boolean dataReady(long now) {
        return queue.peekRetransmit() != null || (queue.flight() < cc.cwnd() && (queue.peekNew() != null || !sendBuffer.isEmpty()));
    }

    private boolean addData(long now, List<Chunk> out, int budget, boolean mayStartData) {
        boolean added = false;
        boolean burst = fastRetransmitBurst;
        fastRetransmitBurst = false;
        OutChunk c;
        while ((c = queue.peekRetransmit()) != null) {
            if (abandonIfExpired(c, now)) {
                continue;
            }
            int size = ChunkCodec.encodedSize(c.chunk);
            if ((!burst && queue.flight() >= cc.cwnd()) || size > budget) {
                return added;
            }
            out.add(c.chunk);
            budget -= size;
            queue.markSent(c, now);
            added = true;
        }
        while ((c = nextNew(now, mayStartData)) != null) {
            if (abandonIfExpired(c, now)) {
                continue;
            }
            int size = ChunkCodec.encodedSize(c.chunk);
            boolean windowOk = queue.flight() == 0 || queue.flight() + c.size() <= peerRwnd;
            if (queue.flight() >= cc.cwnd() || !windowOk || size > budget) {
                return added;
            }
            out.add(c.chunk);
            budget -= size;
            queue.markSent(c, now);
            added = true;
        }
        return added;
    }

    private OutChunk nextNew(long now, boolean mayStartData) {
        OutChunk c = queue.peekNew();
        if (c != null || !mayStartData) {
            return c;
        }
        OutMessage m = sendBuffer.next(now);
        if (m == null) {
            return null;
        }
        queue.add(m);
        return queue.peekNew();
    }

    private boolean abandonIfExpired(OutChunk c, long now) {
        if (peer.forwardTsn() && c.message.expired(now)) {
            queue.abandon(c.message);
            checkForwardTsn = true;
            return true;
        }
        return false;
    }
}
