package dev.peerdesk.signaling.filter;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One token bucket per source address. Bounded: full buckets carry no information and are swept
 * when the table grows, so a flood of distinct sources costs memory only while they are active.
 * Thread-safe (one lock; the work under it is a map lookup and a few arithmetic operations).
 */
public final class SourceRateLimiter {
    private final double burst;
    private final double perSecond;
    private final int sweepAt;
    private final Map<String, TokenBucket> buckets = new HashMap<>();

    public SourceRateLimiter(double burst, double perSecond, int sweepAt) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.sweepAt = sweepAt;
    }

    public synchronized boolean tryAcquire(String source, long now) {
        if (buckets.size() >= sweepAt) {
            sweep(now);
        }
        return buckets.computeIfAbsent(source, s -> new TokenBucket(burst, perSecond, now)).tryTake(now);
    }

    private void sweep(long now) {
        for (Iterator<TokenBucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().isFull(now)) {
                it.remove();
            }
        }
    }

    public synchronized int tracked() {
        return buckets.size();
    }
}
