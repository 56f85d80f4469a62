package dev.peerdesk.transport.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.netem.Harness;
import dev.peerdesk.transport.netem.NetEm;
import org.junit.jupiter.api.Test;

/** 20 MB each way at once over a lossy, duplicating, reordering 100 ms link (virtual time). */
class BulkTransferTest {
    private static final long TOTAL = 20L * 1024 * 1024;

    @Test
    void twentyMegabytesEachWayArriveIntactAndInOrder() throws Exception {
        SctpPeer a = new SctpPeer(11);
        SctpPeer b = new SctpPeer(12);
        NetEm net = new NetEm(13, NetEm.Link.LOSSY);
        Harness h = new Harness(a, b, net);
        a.assoc.connect(0);
        b.assoc.connect(0);
        StreamFeeder ab = new StreamFeeder(a.assoc, 0, TOTAL, 21);
        StreamFeeder ba = new StreamFeeder(b.assoc, 1, TOTAL, 22);
        h.afterStep(() -> {
            if (a.connected() && b.connected()) {
                ab.feed(h.now(), 1 << 20);
                ba.feed(h.now(), 1 << 20);
            }
            ab.collect(b);
            ba.collect(a);
        });
        try {
            h.runUntil(() -> ab.done() && ba.done(), 20_000_000);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; a=" + a.assoc.state() + " " + a.closed() + " got "
                    + ba.received() + "; b=" + b.assoc.state() + " " + b.closed() + " got " + ab.received(), e);
        }
        assertArrayEquals(ab.sentDigest(), ab.receivedDigest());
        assertArrayEquals(ba.sentDigest(), ba.receivedDigest());
        assertTrue(net.dropped() > 0, "the link must actually have lost packets");
        assertEquals(null, a.closed());
        assertEquals(null, b.closed());
        System.out.printf("bulk: %d packets, %d dropped, %.1f s virtual%n", net.sent(), net.dropped(), h.now() / 1000.0);
    }
}
