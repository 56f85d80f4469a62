package dev.peerdesk.signaling;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when a test moves it. */
final class VirtualClock implements InstantSource {
    private final AtomicLong now;

    VirtualClock(long start) {
        now = new AtomicLong(start);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(now.get());
    }

    @Override
    public long millis() {
        return now.get();
    }

    void advance(long millis) {
        now.addAndGet(millis);
    }

    void set(long millis) {
        now.set(millis);
    }
}
