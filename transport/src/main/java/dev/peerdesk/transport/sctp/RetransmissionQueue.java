package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.DataChunk;
import dev.peerdesk.transport.sctp.chunk.ForwardTsnChunk;
import dev.peerdesk.transport.sctp.chunk.SackChunk;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * DATA chunks that have a TSN and are not yet cumulatively acknowledged: the sender side of RFC 9260
 * section 6 (SACK processing, gap acks, fast retransmit on three miss indications, T3-rtx marking) and
 * RFC 3758 abandonment with the Advanced.Peer.Ack.Point behind FORWARD TSN.
 */
final class RetransmissionQueue {
    private final ChunkRing ring = new ChunkRing();
    private final ArrayDeque<OutChunk> retransmit = new ArrayDeque<>();
    private final SendBuffer sendBuffer;
    private final int maxPayload;
    /** The peer supports FORWARD TSN (RFC 3758), so messages may be abandoned. */
    private final boolean partialReliability;
    private int cumAck;
    private int nextTsn;
    private int nextUnsent;
    private long flight;
    private int advancedPeerAckPoint;

    /** What one SACK changed, for congestion control and the RTO. */
    record SackResult(long bytesAcked, boolean cumAdvanced, long rttSentAt, boolean fastRetransmit) {
    }

    RetransmissionQueue(SendBuffer sendBuffer, int initialTsn, int maxPayload, boolean partialReliability) {
        this.sendBuffer = sendBuffer;
        this.partialReliability = partialReliability;
        this.nextTsn = initialTsn;
        this.cumAck = initialTsn - 1;
        this.advancedPeerAckPoint = cumAck;
        this.maxPayload = maxPayload;
    }

    long flight() {
        return flight;
    }

    int cumAck() {
        return cumAck;
    }

    int lastAssignedTsn() {
        return nextTsn - 1;
    }

    /** Sent chunks not yet cumulatively acknowledged: T3-rtx must run. */
    boolean hasOutstanding() {
        return nextUnsent > 0;
    }

    boolean isEmpty() {
        return ring.size() == 0;
    }

    /** Fragments a message (RFC 9260 section 6.9) and gives the fragments consecutive TSNs. */
    void add(OutMessage m) {
        int count = Math.max(1, (m.data.length + maxPayload - 1) / maxPayload);
        m.fragments = new OutChunk[count];
        for (int i = 0; i < count; i++) {
            int from = i * maxPayload;
            int to = Math.min(m.data.length, from + maxPayload);
            byte[] part = java.util.Arrays.copyOfRange(m.data, from, to);
            DataChunk d = new DataChunk(nextTsn++, m.streamId, m.ssn, m.ppid, part, !m.ordered, i == 0,
                    i == count - 1, false);
            OutChunk c = new OutChunk(m, d);
            m.fragments[i] = c;
            ring.addLast(c);
        }
    }

    /** Next chunk to retransmit, skipping ones acked or abandoned meanwhile; null if none. */
    OutChunk peekRetransmit() {
        while (!retransmit.isEmpty() && retransmit.peek().state != OutChunk.State.NEEDS_RETRANSMIT) {
            retransmit.poll();
        }
        return retransmit.peek();
    }

    /** Next never-sent chunk, skipping abandoned ones; null if none. */
    OutChunk peekNew() {
        while (nextUnsent < ring.size() && ring.get(nextUnsent).state == OutChunk.State.ABANDONED) {
            nextUnsent++;
        }
        return nextUnsent < ring.size() ? ring.get(nextUnsent) : null;
    }

    void markSent(OutChunk c, long now) {
        if (c.state == OutChunk.State.NOT_SENT) {
            sendBuffer.release(c.message.streamId, c.size());
            nextUnsent++;
        } else if (c == retransmit.peek()) {
            retransmit.poll();
        }
        c.state = OutChunk.State.IN_FLIGHT;
        c.transmissions++;
        c.sentAt = now;
        c.missIndications = 0;
        flight += c.size();
    }

    SackResult onSack(SackChunk sack) throws SctpException {
        int cum = sack.cumulativeTsnAck();
        if (Tsn.lt(cum, cumAck)) {
            return new SackResult(0, false, -1, false);
        }
        if (nextUnsent == 0 ? Tsn.lt(cumAck, cum) : Tsn.lt(ring.get(nextUnsent - 1).tsn(), cum)) {
            throw new SctpException("SACK acknowledges TSN " + Integer.toUnsignedString(cum) + " never sent");
        }
        long acked = 0;
        long rttSentAt = Long.MIN_VALUE; // send time of a chunk sent once (Karn), for an RTT sample
        int highestNewlyAcked = cumAck;
        boolean newlyAckedAny = false;
        while (ring.size() > 0 && Tsn.lte(ring.get(0).tsn(), cum)) {
            OutChunk c = ring.removeFirst();
            nextUnsent--;
            if (c.state != OutChunk.State.ACKED && c.state != OutChunk.State.ABANDONED) {
                acked += c.size();
                highestNewlyAcked = c.tsn();
                newlyAckedAny = true;
                if (c.transmissions == 1 && rttSentAt == Long.MIN_VALUE) {
                    rttSentAt = c.sentAt;
                }
            }
            if (c.state == OutChunk.State.IN_FLIGHT) {
                flight -= c.size();
            }
            // It may still sit in the retransmit list; ACKED makes peekRetransmit() drop it.
            c.state = OutChunk.State.ACKED;
        }
        boolean cumAdvanced = Tsn.lt(cumAck, cum);
        cumAck = cum;
        advancedPeerAckPoint = Tsn.max(advancedPeerAckPoint, cumAck);
        int[] gaps = sack.gaps();
        for (int g = 0; g < gaps.length; g += 2) {
            for (int off = gaps[g]; off <= gaps[g + 1]; off++) {
                int index = off - 1;
                if (index >= nextUnsent) {
                    break;
                }
                OutChunk c = ring.get(index);
                if (c.state == OutChunk.State.IN_FLIGHT || c.state == OutChunk.State.NEEDS_RETRANSMIT) {
                    if (c.state == OutChunk.State.IN_FLIGHT) {
                        flight -= c.size();
                    }
                    c.state = OutChunk.State.ACKED;
                    acked += c.size();
                    highestNewlyAcked = Tsn.max(highestNewlyAcked, c.tsn());
                    newlyAckedAny = true;
                }
            }
        }
        boolean fast = newlyAckedAny && markMissing(highestNewlyAcked);
        return new SackResult(acked, cumAdvanced, rttSentAt, fast);
    }

    /** RFC 9260 section 7.2.4: a miss indication for each unacked TSN below the highest newly acked. */
    private boolean markMissing(int highestNewlyAcked) {
        boolean fast = false;
        for (int i = 0; i < nextUnsent; i++) {
            OutChunk c = ring.get(i);
            if (!Tsn.lt(c.tsn(), highestNewlyAcked)) {
                break;
            }
            if (c.state == OutChunk.State.IN_FLIGHT && ++c.missIndications == 3 && !c.fastRetransmitted) {
                c.fastRetransmitted = true;
                fast |= markForRetransmit(c);
            }
        }
        return fast;
    }

    /** T3-rtx expired: every chunk in flight goes out again (RFC 9260 section 6.3.3 E3). */
    void onTimeout() {
        retransmit.clear();
        for (int i = 0; i < nextUnsent; i++) {
            OutChunk c = ring.get(i);
            if (c.state == OutChunk.State.IN_FLIGHT || c.state == OutChunk.State.NEEDS_RETRANSMIT) {
                if (c.state == OutChunk.State.NEEDS_RETRANSMIT) {
                    c.state = OutChunk.State.IN_FLIGHT;
                    flight += c.size();
                }
                markForRetransmit(c);
            }
        }
    }

    private boolean markForRetransmit(OutChunk c) {
        flight -= c.size();
        if (partialReliability && !c.message.mayRetransmit(c.transmissions)) {
            c.state = OutChunk.State.NEEDS_RETRANSMIT;
            abandon(c.message);
            return false;
        }
        c.state = OutChunk.State.NEEDS_RETRANSMIT;
        retransmit.add(c);
        return true;
    }

    /** RFC 3758 section 3.5 A1-A3: drop every fragment of the message from (re)transmission. */
    void abandon(OutMessage m) {
        m.abandoned = true;
        for (OutChunk c : m.fragments) {
            if (c.state == OutChunk.State.IN_FLIGHT) {
                flight -= c.size();
            } else if (c.state == OutChunk.State.NOT_SENT) {
                sendBuffer.release(m.streamId, c.size());
            }
            if (c.state != OutChunk.State.ACKED) {
                c.state = OutChunk.State.ABANDONED;
            }
        }
    }

    /**
     * RFC 3758 section 3.5 C1-C2: move the Advanced.Peer.Ack.Point over abandoned chunks and, if it is
     * past the cumulative ack, describe the FORWARD TSN to send (highest skipped SSN per ordered stream).
     */
    ForwardTsnChunk forwardTsn() {
        if (nextUnsent == 0 || ring.get(0).state != OutChunk.State.ABANDONED && !Tsn.lt(cumAck, advancedPeerAckPoint)) {
            return null; // the common case on every SACK: nothing abandoned at the front
        }
        Map<Integer, Integer> ssns = new TreeMap<>();
        int point = cumAck;
        for (int i = 0; i < nextUnsent; i++) {
            OutChunk c = ring.get(i);
            if (c.state != OutChunk.State.ABANDONED && c.state != OutChunk.State.ACKED) {
                break;
            }
            if (c.state == OutChunk.State.ACKED && !c.message.abandoned) {
                break;
            }
            point = c.tsn();
            if (c.message.ordered) {
                ssns.put(c.message.streamId, c.message.ssn);
            }
        }
        advancedPeerAckPoint = Tsn.max(advancedPeerAckPoint, point);
        if (!Tsn.lt(cumAck, advancedPeerAckPoint)) {
            return null;
        }
        int[] pairs = new int[ssns.size() * 2];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : ssns.entrySet()) {
            pairs[k++] = e.getKey();
            pairs[k++] = e.getValue();
        }
        return new ForwardTsnChunk(advancedPeerAckPoint, pairs);
    }

    /** The highest TSN sent so far, the exit point of fast recovery. */
    int highestSent() {
        return nextUnsent == 0 ? cumAck : ring.get(nextUnsent - 1).tsn();
    }
}
