package dev.peerdesk.transport.sctp;

/** A deadline on the caller's clock plus a counter of consecutive expiries (for backoff and limits). */
final class Timer {
    static final long STOPPED = Long.MAX_VALUE;
    private long deadline = STOPPED;
    private int expiries;

    void start(long now, long delay) {
        deadline = now + delay;
    }

    void stop() {
        deadline = STOPPED;
    }

    boolean running() {
        return deadline != STOPPED;
    }

    boolean expired(long now) {
        return deadline != STOPPED && now >= deadline;
    }

    long deadline() {
        return deadline;
    }

    /** Records one expiry and stops; returns how many expiries in a row so far. */
    int expire() {
        deadline = STOPPED;
        return ++expiries;
    }

    void resetExpiries() {
        expiries = 0;
    }
}
