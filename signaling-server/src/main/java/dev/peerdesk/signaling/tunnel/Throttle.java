package dev.peerdesk.signaling.tunnel;

/**
 * A token bucket that goes into debt instead of refusing, on caller-supplied nanoseconds: taking
 * {@code n} units answers how long the caller must wait before those units fit the sustained rate.
 * The tunnel runtime waits that long before reading the next frame (TCP backpressure on a sender
 * over its rate) or closes the sender when the wait is beyond reason. Not thread-safe.
 */
final class Throttle {
    private final double burst;
    private final double perNano;
    private double tokens;
    private long last;

    Throttle(double burst, double perSecond, long nowNanos) {
        if (burst <= 0 || perSecond <= 0) {
            throw new IllegalArgumentException("burst and rate must be positive");
        }
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes {@code n} units at {@code nowNanos}; the nanoseconds to wait before they are paid for. */
    long take(double n, long nowNanos) {
        long elapsed = nowNanos - last;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perNano);
            last = nowNanos;
        }
        tokens -= n;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
    }
}
