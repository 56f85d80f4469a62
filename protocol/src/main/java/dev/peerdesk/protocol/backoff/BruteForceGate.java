package dev.peerdesk.protocol.backoff;

/**
 * Exponential brute-force backoff for one host, across all sources (botnet protection).
 *
 * <p>After the n-th consecutive failed authentication the next attempt is accepted only
 * {@code BASE_WAIT_MILLIS * 2^(n-1)} later (capped at {@link #MAX_WAIT_MILLIS}). With an 8 ms base
 * the 23 waits between 24 consecutive failures add up to 8 ms * (2^23 - 1), about 18.6 hours, which
 * meets the seeds' "24 tries take at least 17 hours" while the first few typos cost nothing a person
 * notices. Only a correct password resets the count.
 *
 * <p>Sans-IO: time is an argument, never read. The host enforces it; the signaling server keeps a
 * mirror per host ID fed by the host's signed reports. Not thread-safe; callers serialize.
 */
public final class BruteForceGate {
    /** Wait after the first failure. */
    public static final long BASE_WAIT_MILLIS = 8;

    /** Upper bound of one wait, so the doubling never overflows. */
    public static final long MAX_WAIT_MILLIS = 24L * 60 * 60 * 1000;

    private int consecutiveFailures;
    private long nextAttemptAt = Long.MIN_VALUE;

    /** A gate with no failures. */
    public BruteForceGate() {}

    /** A gate restored from persisted state (see {@link #consecutiveFailures()}, {@link #nextAttemptAt()}). */
    public BruteForceGate(int consecutiveFailures, long nextAttemptAt) {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures < 0");
        }
        this.consecutiveFailures = consecutiveFailures;
        this.nextAttemptAt = consecutiveFailures == 0 ? Long.MIN_VALUE : nextAttemptAt;
    }

    /** Whether an attempt may start at {@code now}; if not, when it may. */
    public Decision check(long now) {
        return now >= nextAttemptAt ? Decision.ALLOWED : new Decision(false, nextAttemptAt);
    }

    /** Records a failed authentication that ended at {@code now}; returns the wait it imposes. */
    public long recordFailure(long now) {
        consecutiveFailures = Math.addExact(consecutiveFailures, 1);
        long wait = waitAfter(consecutiveFailures);
        nextAttemptAt = Math.max(nextAttemptAt, now + wait);
        return wait;
    }

    /** A correct password: the only thing that resets the gate. */
    public void recordSuccess() {
        consecutiveFailures = 0;
        nextAttemptAt = Long.MIN_VALUE;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** The earliest time of the next accepted attempt ({@code Long.MIN_VALUE} when open). */
    public long nextAttemptAt() {
        return nextAttemptAt;
    }

    /** The wait imposed after the {@code failures}-th consecutive failure. */
    public static long waitAfter(int failures) {
        if (failures <= 0) {
            return 0;
        }
        int shift = failures - 1;
        // Past this shift BASE << shift would leave the positive longs; the cap is long reached.
        if (shift >= Long.numberOfLeadingZeros(BASE_WAIT_MILLIS) - 1) {
            return MAX_WAIT_MILLIS;
        }
        return Math.min(BASE_WAIT_MILLIS << shift, MAX_WAIT_MILLIS);
    }

    /** The answer of {@link #check}: allowed, or refused until {@code retryAt}. */
    public record Decision(boolean allowed, long retryAt) {
        public static final Decision ALLOWED = new Decision(true, Long.MIN_VALUE);
    }
}
