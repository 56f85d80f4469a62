package dev.peerdesk.transport.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.netem.Harness;
import dev.peerdesk.transport.netem.NetEm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssociationBasicsTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneSideConnectsAndMessagesFlowBothWays() throws Exception {
        SctpPeer a = new SctpPeer(1);
        SctpPeer b = new SctpPeer(2);
        Harness h = new Harness(a, b, new NetEm(3, NetEm.Link.PERFECT));
        a.assoc.connect(0);
        h.runUntil(() -> a.connected() && b.connected(), 1000);
        a.assoc.send(h.now(), 1, 51, bytes("hello"), true, SendOptions.RELIABLE);
        b.assoc.send(h.now(), 2, 53, bytes("world"), false, SendOptions.RELIABLE);
        h.runUntil(() -> a.messages.size() == 1 && b.messages.size() == 1, 1000);
        assertEquals(1, b.messages.get(0).streamId());
        assertEquals(51, b.messages.get(0).ppid());
        assertArrayEquals(bytes("hello"), b.messages.get(0).data());
        assertArrayEquals(bytes("world"), a.messages.get(0).data());
        assertTrue(a.messages.get(0).unordered());
        assertEquals(AssociationState.ESTABLISHED, a.assoc.state());
    }

    @Test
    void largeMessageIsFragmentedAndReassembled() throws Exception {
        SctpPeer a = new SctpPeer(1);
        SctpPeer b = new SctpPeer(2);
        Harness h = new Harness(a, b, new NetEm(4, NetEm.Link.PERFECT));
        a.assoc.connect(0);
        h.runUntil(() -> a.connected() && b.connected(), 1000);
        byte[] big = new byte[262144];
        new java.util.Random(9).nextBytes(big);
        a.assoc.send(h.now(), 0, 53, big, true, SendOptions.RELIABLE);
        assertEquals(262144, a.assoc.bufferedAmount(0));
        h.runUntil(() -> b.messages.size() == 1, 100_000);
        assertArrayEquals(big, b.messages.get(0).data());
        assertEquals(0, a.assoc.bufferedAmount(0));
    }

    @Test
    void bufferedAmountLowIsRaisedWhenTheQueueDrains() throws Exception {
        SctpPeer a = new SctpPeer(1);
        SctpPeer b = new SctpPeer(2);
        Harness h = new Harness(a, b, new NetEm(5, NetEm.Link.PERFECT));
        a.assoc.connect(0);
        h.runUntil(() -> a.connected() && b.connected(), 1000);
        a.assoc.setBufferedAmountLowThreshold(3, 1000);
        for (int i = 0; i < 100; i++) {
            a.assoc.send(h.now(), 3, 53, new byte[10_000], true, SendOptions.RELIABLE);
        }
        assertFalse(a.count(SctpEvent.BufferedAmountLow.class) > 0);
        h.runUntil(() -> b.messages.size() == 100, 100_000);
        assertEquals(1, a.count(SctpEvent.BufferedAmountLow.class));
        assertNotNull(a.events.stream().filter(e -> e instanceof SctpEvent.BufferedAmountLow l && l.streamId() == 3)
                .findFirst().orElse(null));
    }
}
