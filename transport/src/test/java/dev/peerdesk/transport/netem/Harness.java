package dev.peerdesk.transport.netem;

/**
 * Two endpoints over a {@link NetEm} on a virtual clock. {@link #step()} always handles the earliest
 * thing that can happen: a packet delivery or an endpoint's timeout. Tests call {@link #runUntil}
 * with their own stop condition; a step budget turns a livelock into a failure, not a hang.
 */
public final class Harness {
    private final Endpoint[] peers;
    private final NetEm net;
    private long now;
    private Runnable afterStep = () -> { };

    public Harness(Endpoint a, Endpoint b, NetEm net) {
        this.peers = new Endpoint[] {a, b};
        this.net = net;
    }

    public long now() {
        return now;
    }

    public NetEm net() {
        return net;
    }

    /** Runs after each step (tests drain events and feed senders here). */
    public void afterStep(Runnable r) {
        this.afterStep = r;
    }

    /** Moves every pending transmit of both endpoints onto the network. */
    public void flush() {
        for (int i = 0; i < 2; i++) {
            byte[] p;
            while ((p = peers[i].pollTransmit()) != null) {
                net.send(now, i, p);
            }
        }
    }

    /** One event; false when nothing at all is left to happen. */
    public boolean step() throws Exception {
        flush();
        long next = Math.min(net.nextDelivery(), Math.min(peers[0].pollTimeout(), peers[1].pollTimeout()));
        if (next == Long.MAX_VALUE) {
            return false;
        }
        now = Math.max(now, next);
        Object[] d;
        boolean delivered = false;
        while ((d = net.poll(now)) != null) {
            peers[(Integer) d[0]].handleInput(now, (byte[]) d[1]);
            delivered = true;
        }
        if (!delivered) {
            for (Endpoint p : peers) {
                if (p.pollTimeout() <= now) {
                    p.handleTimeout(now);
                }
            }
        }
        afterStep.run();
        flush();
        return true;
    }

    /** Steps until {@code done} holds; fails after {@code maxSteps} or when nothing is left to do. */
    public void runUntil(java.util.function.BooleanSupplier done, long maxSteps) throws Exception {
        for (long i = 0; i < maxSteps; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            if (!step()) {
                if (done.getAsBoolean()) {
                    return;
                }
                throw new AssertionError("stalled at t=" + now + " ms: nothing left to happen");
            }
        }
        throw new AssertionError("no progress within " + maxSteps + " steps (t=" + now + " ms)");
    }

    /** Advances virtual time to {@code until} handling everything due before it. */
    public void runFor(long millis) throws Exception {
        long until = now + millis;
        while (true) {
            flush();
            long next = Math.min(net.nextDelivery(), Math.min(peers[0].pollTimeout(), peers[1].pollTimeout()));
            if (next > until) {
                now = until;
                return;
            }
            step();
        }
    }
}
