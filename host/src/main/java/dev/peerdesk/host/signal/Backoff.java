package dev.peerdesk.host.signal;

import java.util.random.RandomGenerator;

/**
 * Reconnect delays: exponential from {@code base} to {@code cap}, each drawn uniformly from the
 * upper half of its step ("equal jitter") so a server restart is not met by every host at the
 * same instant, yet no host retries sooner than half the step. Sans-IO: the caller sleeps.
 */
public final class Backoff {
    private final long baseMillis;
    private final long capMillis;
    private final RandomGenerator random;
    private int failures;

    public Backoff(long baseMillis, long capMillis, RandomGenerator random) {
        if (baseMillis <= 0 || capMillis < baseMillis) {
            throw new IllegalArgumentException("backoff " + baseMillis + ".." + capMillis);
        }
        this.baseMillis = baseMillis;
        this.capMillis = capMillis;
        this.random = random;
    }

    /** The wait before the next attempt; each call counts one more failure. */
    public long next() {
        long step = baseMillis << Math.min(failures, 30);
        if (step <= 0 || step > capMillis) {
            step = capMillis;
        }
        failures++;
        long half = step / 2;
        return half + random.nextLong(step - half + 1);
    }

    /** The connection worked: the next failure starts over at {@code base}. */
    public void reset() {
        failures = 0;
    }
}
