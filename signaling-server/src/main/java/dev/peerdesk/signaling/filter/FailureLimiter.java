package dev.peerdesk.signaling.filter;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The per-source auth filter: a source with {@code limit} failures (wrong passwords reported by
 * hosts, unknown IDs asked for) inside {@code windowMillis} is refused until the oldest of them
 * leaves the window. Complements the per-ID brute-force gate, which stops many sources guessing
 * one host; this stops one source sweeping many hosts. Not thread-safe; the broker serializes.
 */
public final class FailureLimiter {
    private final int limit;
    private final long windowMillis;
    private final Map<String, ArrayDeque<Long>> failures = new HashMap<>();

    public FailureLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    public void recordFailure(String source, long now) {
        ArrayDeque<Long> q = failures.computeIfAbsent(source, s -> new ArrayDeque<>());
        q.addLast(now);
        while (q.size() > limit) {
            q.removeFirst();
        }
    }

    /** 0 when the source may proceed at {@code now}, else the time it may again. */
    public long blockedUntil(String source, long now) {
        ArrayDeque<Long> q = failures.get(source);
        if (q == null) {
            return 0;
        }
        while (!q.isEmpty() && q.peekFirst() <= now - windowMillis) {
            q.removeFirst();
        }
        if (q.isEmpty()) {
            failures.remove(source);
            return 0;
        }
        return q.size() >= limit ? q.peekFirst() + windowMillis : 0;
    }

    /** Forgets sources whose failures all left the window (called from the broker's timer). */
    public void sweep(long now) {
        for (Iterator<Map.Entry<String, ArrayDeque<Long>>> it = failures.entrySet().iterator(); it.hasNext(); ) {
            ArrayDeque<Long> q = it.next().getValue();
            if (q.peekLast() <= now - windowMillis) {
                it.remove();
            }
        }
    }
}
