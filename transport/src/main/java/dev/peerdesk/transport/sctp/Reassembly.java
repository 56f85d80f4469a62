package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.DataChunk;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Receiver side of RFC 9260 sections 6.5-6.9: fragments are joined by consecutive TSNs from a B chunk
 * to an E chunk; ordered messages wait for their stream's next SSN, unordered ones go out at once.
 * The size of a message being joined is checked against the maximum message size before its bytes
 * are copied. {@link #bufferedBytes()} feeds the advertised receive window.
 */
final class Reassembly {
    private final TreeMap<Long, DataChunk> fragments = new TreeMap<>();
    private final Map<Integer, InStream> streams = new HashMap<>();
    private final ArrayDeque<SctpEvent> events;
    private final int maxMessageSize;
    private long bufferedBytes;

    private static final class InStream {
        int nextSsn;
        final Map<Integer, SctpEvent.Message> waiting = new HashMap<>();
        long waitingBytes;
    }

    Reassembly(ArrayDeque<SctpEvent> events, int maxMessageSize) {
        this.events = events;
        this.maxMessageSize = maxMessageSize;
    }

    long bufferedBytes() {
        return bufferedBytes;
    }

    int fragmentCount() {
        return fragments.size();
    }

    /** Takes one new (non-duplicate) DATA chunk whose unwrapped TSN is {@code tsn}. */
    void add(DataChunk d, long tsn) throws SctpException {
        if (d.beginning() && d.ending()) {
            complete(d, d.data());
            return;
        }
        fragments.put(tsn, d);
        bufferedBytes += d.data().length;
        long first = tsn;
        long size = d.data().length;
        DataChunk c = d;
        while (!c.beginning()) {
            DataChunk prev = fragments.get(first - 1);
            if (prev == null || prev.ending()) {
                return;
            }
            first--;
            size += prev.data().length;
            c = prev;
            checkSize(size);
        }
        long last = tsn;
        c = d;
        while (!c.ending()) {
            DataChunk next = fragments.get(last + 1);
            if (next == null || next.beginning()) {
                return;
            }
            last++;
            size += next.data().length;
            c = next;
            checkSize(size);
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream((int) size);
        for (long t = first; t <= last; t++) {
            DataChunk part = fragments.remove(t);
            whole.writeBytes(part.data());
        }
        bufferedBytes -= size;
        complete(d, whole.toByteArray());
    }

    private void checkSize(long size) throws SctpException {
        if (size > maxMessageSize) {
            throw new SctpException("message over the maximum size " + maxMessageSize);
        }
    }

    private void complete(DataChunk d, byte[] data) {
        SctpEvent.Message m = new SctpEvent.Message(d.streamId(), d.ppid(), data, d.unordered());
        if (d.unordered()) {
            events.add(m);
            return;
        }
        InStream s = streams.computeIfAbsent(d.streamId(), k -> new InStream());
        if (d.ssn() != s.nextSsn) {
            if (Tsn.ssnLte(d.ssn(), s.nextSsn)) {
                return;
            }
            s.waiting.put(d.ssn(), m);
            s.waitingBytes += data.length;
            bufferedBytes += data.length;
            return;
        }
        events.add(m);
        s.nextSsn = (s.nextSsn + 1) & 0xffff;
        drain(s);
    }

    private void drain(InStream s) {
        SctpEvent.Message m;
        while ((m = s.waiting.remove(s.nextSsn)) != null) {
            s.waitingBytes -= m.data().length;
            bufferedBytes -= m.data().length;
            events.add(m);
            s.nextSsn = (s.nextSsn + 1) & 0xffff;
        }
    }

    /**
     * FORWARD TSN (RFC 3758 section 3.6): forget fragments up to the new cumulative TSN, and on each
     * listed ordered stream skip to after the given SSN, delivering what then becomes in order.
     */
    void forward(long newCum, int[] streamSsns) {
        var skipped = fragments.headMap(newCum, true);
        for (DataChunk d : skipped.values()) {
            bufferedBytes -= d.data().length;
        }
        skipped.clear();
        for (int i = 0; i + 1 < streamSsns.length; i += 2) {
            InStream s = streams.computeIfAbsent(streamSsns[i], k -> new InStream());
            int ssn = streamSsns[i + 1];
            if (!Tsn.ssnLte(s.nextSsn, ssn)) {
                continue;
            }
            for (var it = s.waiting.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (Tsn.ssnLte(e.getKey(), ssn)) {
                    s.waitingBytes -= e.getValue().data().length;
                    bufferedBytes -= e.getValue().data().length;
                    it.remove();
                }
            }
            s.nextSsn = (ssn + 1) & 0xffff;
            drain(s);
        }
    }

    /** RFC 6525 section 5.2.2: the peer reset its outgoing stream; its SSNs start again at 0. */
    void resetStream(int streamId) {
        InStream s = streams.remove(streamId);
        if (s != null) {
            bufferedBytes -= s.waitingBytes;
        }
    }
}
