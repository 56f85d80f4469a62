package dev.peerdesk.transport.netem;

import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * Seeded in-process network emulator between two endpoints (0 and 1): one-way latency plus uniform
 * jitter (which reorders), random loss and duplication, and an optional targeted filter that drops
 * chosen packets. Everything is decided by the seed, so a failing run repeats exactly.
 */
public final class NetEm {
    /** Link properties; probabilities in [0, 1]. */
    public record Link(long latencyMillis, long jitterMillis, double loss, double duplication) {
        public static final Link PERFECT = new Link(10, 0, 0, 0);
        public static final Link LOSSY = new Link(100, 20, 0.05, 0.01);
    }

    private record InFlight(long at, long seq, int to, byte[] packet) {
    }

    private final PriorityQueue<InFlight> queue = new PriorityQueue<>((a, b) ->
            a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    private final Random random;
    private final Link link;
    private long seq;
    private BiPredicate<Integer, byte[]> dropFilter = (from, p) -> false;
    private long sent;
    private long dropped;

    public NetEm(long seed, Link link) {
        this.random = new Random(seed);
        this.link = link;
    }

    /** {@code filter.test(from, packet)} true drops the packet before the random faults apply. */
    public void dropIf(BiPredicate<Integer, byte[]> filter) {
        this.dropFilter = filter;
    }

    public void send(long now, int from, byte[] packet) {
        sent++;
        if (dropFilter.test(from, packet) || random.nextDouble() < link.loss()) {
            dropped++;
            return;
        }
        int copies = random.nextDouble() < link.duplication() ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            long jitter = link.jitterMillis() == 0 ? 0 : (long) (random.nextDouble() * link.jitterMillis());
            queue.add(new InFlight(now + link.latencyMillis() + jitter, seq++, 1 - from, packet));
        }
    }

    public long nextDelivery() {
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peek().at;
    }

    /** Removes the earliest delivery due at {@code now}; returns {to, packet} or null. */
    public Object[] poll(long now) {
        if (queue.isEmpty() || queue.peek().at > now) {
            return null;
        }
        InFlight f = queue.poll();
        return new Object[] {f.to, f.packet};
    }

    public long sent() {
        return sent;
    }

    public long dropped() {
        return dropped;
    }
}
