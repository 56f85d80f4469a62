package dev.peerdesk.host.codec;

/**
 * Sans-IO frame window: at most {@code maxInFlight} frames sent and not yet acknowledged. When the
 * window is full the host does not encode at all; damage keeps accumulating in the dirty tiles and
 * the next frame, once an ack opens the window, carries the newest pixels of all of it. So a slow
 * link sees fewer, fresher frames instead of a growing queue of stale ones.
 */
public final class FrameFlow {
    private final int maxInFlight;
    private long lastSent;
    private long lastAcked;

    public FrameFlow(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
    }

    public boolean maySend() {
        return inFlight() < maxInFlight;
    }

    public int inFlight() {
        return (int) (lastSent - lastAcked);
    }

    /** The id the next sent frame must carry (ids start at 1 and never repeat). */
    public long nextFrameId() {
        return lastSent + 1;
    }

    /** Frame {@link #nextFrameId()} went out. */
    public void sent(long frameId) {
        if (frameId != lastSent + 1 || !maySend()) {
            throw new IllegalStateException("sent frame " + frameId + " after " + lastSent
                    + " with " + inFlight() + " in flight: the streamer checks maySend()");
        }
        lastSent = frameId;
    }

    /** Cumulative: every frame up to {@code frameId} is on the viewer's screen. Old acks are ignored. */
    public void ack(long frameId) throws FlowException {
        if (frameId > lastSent) {
            throw new FlowException("ack of frame " + frameId + ", only " + lastSent + " sent");
        }
        lastAcked = Math.max(lastAcked, frameId);
    }

    public long lastAcked() {
        return lastAcked;
    }
}
