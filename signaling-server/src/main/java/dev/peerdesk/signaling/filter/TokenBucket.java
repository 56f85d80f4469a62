package dev.peerdesk.signaling.filter;

/**
 * A token bucket on caller-supplied time: {@code burst} tokens, refilled at {@code perSecond}.
 * Not thread-safe; callers serialize.
 */
public final class TokenBucket {
    private final double burst;
    private final double perMilli;
    private double tokens;
    private long last;

    public TokenBucket(double burst, double perSecond, long now) {
        this.burst = burst;
        this.perMilli = perSecond / 1000.0;
        this.tokens = burst;
        this.last = now;
    }

    /** Takes one token if there is one at {@code now}. */
    public boolean tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether the bucket is full at {@code now}: it then says nothing a fresh bucket would not. */
    public boolean isFull(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        if (now > last) {
            tokens = Math.min(burst, tokens + (now - last) * perMilli);
            last = now;
        }
    }
}
