package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.ReconfigChunk;
import dev.peerdesk.transport.sctp.param.IncomingResetRequestParam;
import dev.peerdesk.transport.sctp.param.OutgoingResetRequestParam;
import dev.peerdesk.transport.sctp.param.Parameter;
import dev.peerdesk.transport.sctp.param.ReconfigResponseParam;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stream reset, RFC 6525, as RFC 8831 closes data channels: our Outgoing SSN Reset Requests (one in
 * flight at a time, retransmitted on the RTO until answered) and the answers to the peer's requests
 * (performed once every TSN up to its last assigned TSN has arrived, "in progress" before).
 */
final class StreamResets {
    private final Set<Integer> wanted = new LinkedHashSet<>();
    private final Timer timer = new Timer();
    private int nextRequestSeq;
    private OutgoingResetRequestParam inFlight;
    private boolean resend;
    private int expectedPeerSeq;
    private ReconfigResponseParam lastResponse;

    StreamResets(int localInitialTsn, int peerInitialTsn) {
        this.nextRequestSeq = localInitialTsn;
        this.expectedPeerSeq = peerInitialTsn;
    }

    void request(int streamId) {
        wanted.add(streamId);
    }

    long deadline() {
        return timer.deadline();
    }

    void onTimeout(long now) {
        if (timer.expired(now)) {
            timer.expire();
            resend = true;
        }
    }

    /**
     * The RE-CONFIG to send now, if any: a retransmission, or a new request for the wanted streams whose
     * queued data has all been given TSNs.
     */
    ReconfigChunk poll(long now, long rto, SendBuffer buffer, int lastAssignedTsn) {
        if (inFlight != null) {
            if (!resend) {
                return null;
            }
            resend = false;
            timer.start(now, rto);
            return new ReconfigChunk(List.of(inFlight));
        }
        int[] ready = wanted.stream().filter(buffer::readyForReset).mapToInt(Integer::intValue).toArray();
        if (ready.length == 0) {
            return null;
        }
        for (int id : ready) {
            wanted.remove(id);
        }
        inFlight = new OutgoingResetRequestParam(nextRequestSeq, expectedPeerSeq - 1, lastAssignedTsn, ready);
        timer.start(now, rto);
        return new ReconfigChunk(List.of(inFlight));
    }

    /** Handles a RE-CONFIG from the peer; answers go to {@code replies}, incoming resets to the receiver. */
    void onReconfig(ReconfigChunk chunk, DataReceiver receiver, SendBuffer buffer, ArrayDeque<SctpEvent> events,
                    List<ReconfigChunk> replies) {
        for (Parameter p : chunk.params()) {
            if (p instanceof OutgoingResetRequestParam req) {
                replies.add(new ReconfigChunk(List.of(answer(req, receiver, events))));
            } else if (p instanceof IncomingResetRequestParam req) {
                replies.add(new ReconfigChunk(List.of(answerIncoming(req))));
            } else if (p instanceof ReconfigResponseParam resp) {
                onResponse(resp, buffer);
            }
        }
    }

    private ReconfigResponseParam answer(OutgoingResetRequestParam req, DataReceiver receiver,
                                         ArrayDeque<SctpEvent> events) {
        int seq = req.requestSeq();
        if (seq == expectedPeerSeq - 1 && lastResponse != null) {
            return lastResponse;
        }
        if (seq != expectedPeerSeq) {
            return ReconfigResponseParam.of(seq, ReconfigResponseParam.ERROR_BAD_SEQUENCE_NUMBER);
        }
        if (!receiver.receivedThrough(req.lastAssignedTsn())) {
            return ReconfigResponseParam.of(seq, ReconfigResponseParam.IN_PROGRESS);
        }
        for (int id : req.streams()) {
            receiver.resetStream(id);
            events.add(new SctpEvent.StreamReset(id));
        }
        expectedPeerSeq++;
        lastResponse = ReconfigResponseParam.of(seq, ReconfigResponseParam.SUCCESS_PERFORMED);
        return lastResponse;
    }

    /** Resetting our outgoing streams on the peer's demand is not offered (RFC 6525 allows "Denied"). */
    private ReconfigResponseParam answerIncoming(IncomingResetRequestParam req) {
        if (req.requestSeq() != expectedPeerSeq) {
            return ReconfigResponseParam.of(req.requestSeq(), ReconfigResponseParam.ERROR_BAD_SEQUENCE_NUMBER);
        }
        expectedPeerSeq++;
        lastResponse = ReconfigResponseParam.of(req.requestSeq(), ReconfigResponseParam.DENIED);
        return lastResponse;
    }

    private void onResponse(ReconfigResponseParam resp, SendBuffer buffer) {
        if (inFlight == null || resp.responseSeq() != inFlight.requestSeq()) {
            return;
        }
        if (resp.result() == ReconfigResponseParam.IN_PROGRESS) {
            return;
        }
        // Performed, nothing to do, or refused: either way the request is finished and the streams
        // carry on; after a refusal they keep their SSNs, which is what the peer still expects.
        boolean done = resp.result() == ReconfigResponseParam.SUCCESS_PERFORMED
                || resp.result() == ReconfigResponseParam.SUCCESS_NOTHING_TO_DO;
        for (int id : inFlight.streams()) {
            buffer.resetAndResume(id, done);
        }
        inFlight = null;
        resend = false;
        timer.stop();
        nextRequestSeq++;
    }
}
