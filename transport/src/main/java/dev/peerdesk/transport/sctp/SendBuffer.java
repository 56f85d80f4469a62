package dev.peerdesk.transport.sctp;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Messages accepted by {@code send} and not yet fragmented onto the wire, per stream, served round-robin
 * between streams. Tracks each stream's buffered amount (bytes not yet transmitted once) and raises
 * {@link SctpEvent.BufferedAmountLow} when it falls to the stream's threshold.
 */
final class SendBuffer {
    private static final class Stream {
        final ArrayDeque<OutMessage> queue = new ArrayDeque<>();
        long buffered;
        long lowThreshold;
        int nextSsn;
        /** -1: no reset pending; else how many queued messages still go out before the reset. */
        int beforeReset = -1;
        boolean scheduled;

        boolean servable() {
            return !queue.isEmpty() && beforeReset != 0;
        }
    }

    private final Map<Integer, Stream> streams = new HashMap<>();
    private final ArrayDeque<Integer> roundRobin = new ArrayDeque<>();
    private final ArrayDeque<SctpEvent> events;

    SendBuffer(ArrayDeque<SctpEvent> events) {
        this.events = events;
    }

    private Stream stream(int id) {
        return streams.computeIfAbsent(id, k -> new Stream());
    }

    void add(OutMessage m) {
        Stream s = stream(m.streamId);
        s.queue.add(m);
        s.buffered += m.data.length;
        schedule(m.streamId, s);
    }

    private void schedule(int id, Stream s) {
        if (!s.scheduled && s.servable()) {
            s.scheduled = true;
            roundRobin.add(id);
        }
    }

    /**
     * Next message to start transmitting, its SSN assigned now so an abandoned never-sent message
     * leaves no hole in the stream's sequence. Expired messages are dropped here.
     */
    OutMessage next(long now) {
        while (!roundRobin.isEmpty()) {
            int id = roundRobin.poll();
            Stream s = streams.get(id);
            s.scheduled = false;
            if (!s.servable()) {
                continue;
            }
            OutMessage m = s.queue.poll();
            if (s.beforeReset > 0) {
                s.beforeReset--;
            }
            schedule(id, s);
            if (m.expired(now)) {
                release(id, m.data.length);
                continue;
            }
            if (m.ordered) {
                m.ssn = s.nextSsn;
                s.nextSsn = (s.nextSsn + 1) & 0xffff;
            }
            return m;
        }
        return null;
    }

    boolean isEmpty() {
        return roundRobin.isEmpty();
    }

    /** Bytes of a stream left the buffer (first transmission or abandonment). */
    void release(int id, long bytes) {
        Stream s = stream(id);
        long before = s.buffered;
        s.buffered -= bytes;
        if (before > s.lowThreshold && s.buffered <= s.lowThreshold) {
            events.add(new SctpEvent.BufferedAmountLow(id));
        }
    }

    long buffered(int id) {
        Stream s = streams.get(id);
        return s == null ? 0 : s.buffered;
    }

    void setLowThreshold(int id, long bytes) {
        stream(id).lowThreshold = bytes;
    }

    /**
     * A reset of the outgoing stream was asked for: messages queued so far still go out first (RFC 8831
     * section 6.7), later ones wait for the reset to complete and then start again at SSN 0.
     */
    void holdForReset(int id) {
        Stream s = stream(id);
        if (s.beforeReset < 0) {
            s.beforeReset = s.queue.size();
        }
    }

    boolean readyForReset(int id) {
        Stream s = streams.get(id);
        return s == null || s.beforeReset <= 0;
    }

    /** The reset request finished; if performed, SSNs start again at 0 (RFC 6525 section 5.2.2). */
    void resetAndResume(int id, boolean performed) {
        Stream s = stream(id);
        if (performed) {
            s.nextSsn = 0;
        }
        s.beforeReset = -1;
        schedule(id, s);
    }
}
