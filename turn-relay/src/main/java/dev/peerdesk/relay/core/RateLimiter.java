package dev.peerdesk.relay.core;

/** A token bucket of bytes per second with one second of burst, on the caller's clock. */
final class RateLimiter {
    private final long bytesPerSecond;
    private double tokens;
    private long last;

    RateLimiter(long bytesPerSecond, long now) {
        this.bytesPerSecond = bytesPerSecond;
        this.tokens = bytesPerSecond;
        this.last = now;
    }

    boolean take(long now, int bytes) {
        if (now > last) {
            tokens = Math.min(bytesPerSecond, tokens + (now - last) * bytesPerSecond / 1000.0);
            last = now;
        }
        if (tokens < bytes) {
            return false;
        }
        tokens -= bytes;
        return true;
    }
}
