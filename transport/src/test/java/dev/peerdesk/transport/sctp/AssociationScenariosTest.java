package dev.peerdesk.transport.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.netem.Harness;
import dev.peerdesk.transport.netem.NetEm;
import dev.peerdesk.transport.sctp.chunk.CookieEchoChunk;
import dev.peerdesk.transport.sctp.chunk.InitChunk;
import dev.peerdesk.transport.sctp.chunk.SackChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two associations over the emulator: handshake faults, partial reliability, reset, shutdown, abort. */
class AssociationScenariosTest {
    private final SctpPeer a = new SctpPeer(101);
    private final SctpPeer b = new SctpPeer(202);

    private Harness harness(NetEm.Link link) {
        return new Harness(a, b, new NetEm(303, link));
    }

    private static byte[] message(int i, int size) {
        byte[] m = new byte[size];
        for (int k = 0; k < size; k++) {
            m[k] = (byte) (i * 31 + k);
        }
        return m;
    }

    private void sendNumbered(Harness h, SctpPeer from, int stream, int count, int size) {
        for (int i = 0; i < count; i++) {
            from.assoc.send(h.now(), stream, 53, message(i, size), true, SendOptions.RELIABLE);
        }
    }

    private static void assertNumbered(List<SctpEvent.Message> got, int count, int size) {
        assertEquals(count, got.size());
        for (int i = 0; i < count; i++) {
            assertArrayEquals(message(i, size), got.get(i).data(), "message " + i);
        }
    }

    private void connect(Harness h) throws Exception {
        a.assoc.connect(h.now());
        h.runUntil(() -> a.connected() && b.connected(), 10_000);
    }

    @Test
    void section5_1_lostFirstInitIsRetransmittedOnT1() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        int[] dropped = {0};
        h.net().dropIf(Faults.dropFirst(0, 1, Faults.kind(InitChunk.class), dropped));
        connect(h);
        assertEquals(1, dropped[0]);
        assertTrue(h.now() >= 1000, "connected only after the T1-init retransmission");
    }

    @Test
    void section5_1_lostFirstCookieEchoIsRetransmittedOnT1() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        int[] dropped = {0};
        h.net().dropIf(Faults.dropFirst(0, 1, Faults.kind(CookieEchoChunk.class), dropped));
        connect(h);
        sendNumbered(h, a, 0, 3, 100);
        h.runUntil(() -> b.messages.size() == 3, 10_000);
        assertEquals(1, dropped[0]);
        assertEquals(1, a.count(SctpEvent.Connected.class));
        assertEquals(1, b.count(SctpEvent.Connected.class));
    }

    @Test
    void section5_2_1_initCollisionConnectsBothSidesOnce() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        a.assoc.connect(0);
        b.assoc.connect(0);
        h.runUntil(() -> a.connected() && b.connected(), 10_000);
        sendNumbered(h, a, 0, 5, 3000);
        sendNumbered(h, b, 1, 5, 3000);
        h.runUntil(() -> a.messages.size() == 5 && b.messages.size() == 5, 10_000);
        h.runFor(5000);
        assertEquals(1, a.count(SctpEvent.Connected.class));
        assertEquals(1, b.count(SctpEvent.Connected.class));
        assertNumbered(a.messages, 5, 3000);
        assertNumbered(b.messages, 5, 3000);
    }

    @Test
    void section5_2_1_initCollisionWithOneInitLost() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        int[] dropped = {0};
        h.net().dropIf(Faults.dropFirst(1, 1, Faults.kind(InitChunk.class), dropped));
        a.assoc.connect(0);
        b.assoc.connect(0);
        h.runUntil(() -> a.connected() && b.connected(), 10_000);
        sendNumbered(h, b, 1, 2, 10);
        h.runUntil(() -> a.messages.size() == 2, 10_000);
        assertEquals(1, dropped[0]);
    }

    @Test
    void section6_3_3_droppedTsnIsRetransmittedAndOrderKept() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        connect(h);
        int[] first = {0};
        int[] dropped = {0};
        h.net().dropIf(Faults.dropFirst(0, 1, Faults.dataWithTsnOffset(first, 2), dropped));
        sendNumbered(h, a, 0, 20, 1000);
        h.runUntil(() -> b.messages.size() == 20, 100_000);
        assertEquals(1, dropped[0]);
        assertNumbered(b.messages, 20, 1000);
    }

    @Test
    void section6_2_droppedSacksAreRecovered() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        connect(h);
        int[] dropped = {0};
        h.net().dropIf(Faults.dropFirst(1, 5, Faults.kind(SackChunk.class), dropped));
        sendNumbered(h, a, 0, 30, 2000);
        h.runUntil(() -> b.messages.size() == 30 && a.assoc.pollTimeout() > h.now() + 10_000, 100_000);
        assertEquals(5, dropped[0]);
        assertNumbered(b.messages, 30, 2000);
    }

    @Test
    void rfc3758_unorderedNoRetransmitsUnderLossDeliversSubsetWithoutStalling() throws Exception {
        Harness h = harness(new NetEm.Link(100, 20, 0.2, 0.01));
        connect(h);
        int count = 300;
        for (int i = 0; i < count; i++) {
            a.assoc.send(h.now(), 2, 53, message(i, 2000), false, SendOptions.maxRetransmits(0));
        }
        // A reliable ordered message queued after them must still arrive: abandoned TSNs are skipped.
        a.assoc.send(h.now(), 4, 51, message(999, 10), true, SendOptions.RELIABLE);
        h.runUntil(() -> b.messages.stream().anyMatch(m -> m.streamId() == 4), 1_000_000);
        h.runFor(20_000);
        long delivered = b.messages.stream().filter(m -> m.streamId() == 2).count();
        assertTrue(delivered > count / 2 && delivered < count, "delivered " + delivered + " of " + count);
        for (SctpEvent.Message m : b.messages) {
            if (m.streamId() == 2) {
                assertTrue(m.unordered());
                assertEquals(2000, m.data().length);
            }
        }
        assertEquals(0, a.assoc.bufferedAmount(2));
        assertNull(a.closed());
    }

    @Test
    void rfc3758_expiredLifetimeMessagesAreAbandonedAndOrderedStreamContinues() throws Exception {
        Harness h = harness(new NetEm.Link(100, 0, 0.3, 0));
        connect(h);
        for (int i = 0; i < 100; i++) {
            a.assoc.send(h.now(), 6, 53, message(i, 500), true, SendOptions.maxPacketLifeTime(150));
        }
        a.assoc.send(h.now(), 6, 53, message(1000, 5), true, SendOptions.RELIABLE);
        h.runUntil(() -> b.messages.stream().anyMatch(m -> m.data().length == 5), 1_000_000);
        List<SctpEvent.Message> got = new ArrayList<>(b.messages);
        assertTrue(got.size() < 101, "some messages expired");
        assertArrayEquals(message(1000, 5), got.get(got.size() - 1).data(), "ordered: the last one comes last");
    }

    @Test
    void rfc6525_streamResetIsSeenByThePeerAndStreamIsReusable() throws Exception {
        Harness h = harness(NetEm.Link.LOSSY);
        connect(h);
        sendNumbered(h, a, 8, 10, 1500);
        a.assoc.resetStream(h.now(), 8);
        h.runUntil(() -> b.count(SctpEvent.StreamReset.class) == 1, 1_000_000);
        assertNumbered(b.messages, 10, 1500);
        assertEquals(8, ((SctpEvent.StreamReset) b.events.stream()
                .filter(SctpEvent.StreamReset.class::isInstance).findFirst().orElseThrow()).streamId());
        b.messages.clear();
        sendNumbered(h, a, 8, 3, 10);
        h.runUntil(() -> b.messages.size() == 3, 1_000_000);
        assertNumbered(b.messages, 3, 10);
    }

    @Test
    void section9_2_shutdownFromTheInitiator() throws Exception {
        shutdownFrom(a, b);
    }

    @Test
    void section9_2_shutdownFromTheResponder() throws Exception {
        shutdownFrom(b, a);
    }

    private void shutdownFrom(SctpPeer closer, SctpPeer other) throws Exception {
        Harness h = harness(NetEm.Link.LOSSY);
        connect(h);
        sendNumbered(h, closer, 0, 50, 3000);
        closer.assoc.shutdown(h.now());
        assertThrows(IllegalStateException.class, () -> closer.assoc.send(h.now(), 0, 53, new byte[1], true,
                SendOptions.RELIABLE));
        h.runUntil(() -> closer.closed() != null && other.closed() != null, 1_000_000);
        assertNumbered(other.messages, 50, 3000);
        assertFalse(closer.closed().aborted());
        assertFalse(other.closed().aborted());
        assertEquals(AssociationState.CLOSED, closer.assoc.state());
        assertEquals(AssociationState.CLOSED, other.assoc.state());
    }

    @Test
    void section9_2_simultaneousShutdown() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        connect(h);
        a.assoc.shutdown(h.now());
        b.assoc.shutdown(h.now());
        h.runUntil(() -> a.closed() != null && b.closed() != null, 100_000);
        assertFalse(a.closed().aborted());
        assertFalse(b.closed().aborted());
    }

    @Test
    void section9_1_abortIsSeenByThePeer() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        connect(h);
        a.assoc.abort(h.now());
        h.runUntil(() -> b.closed() != null, 1000);
        assertTrue(b.closed().aborted());
        assertTrue(b.closed().reason().contains("local abort"), b.closed().reason());
        assertTrue(a.closed().aborted());
        assertEquals(Long.MAX_VALUE, b.assoc.pollTimeout());
    }

    @Test
    void section8_1_unreachablePeerClosesAfterMaxRetransmissions() throws Exception {
        Harness h = harness(NetEm.Link.PERFECT);
        connect(h);
        h.net().dropIf((from, p) -> true);
        sendNumbered(h, a, 0, 1, 10);
        h.runUntil(() -> a.closed() != null, 100_000);
        assertTrue(a.closed().aborted());
        assertNull(b.closed());
    }

    @Test
    void section8_1_heartbeatsKeepAnIdleAssociationAlive() throws Exception {
        Harness h = harness(NetEm.Link.LOSSY);
        connect(h);
        h.runFor(30 * 60_000);
        assertNull(a.closed());
        assertNull(b.closed());
        IntStream.range(0, 1).forEach(i -> a.assoc.send(h.now(), 0, 51, message(i, 10), true, SendOptions.RELIABLE));
        h.runUntil(() -> b.messages.size() == 1, 100_000);
        assertNotNull(b.messages.get(0));
    }
}
