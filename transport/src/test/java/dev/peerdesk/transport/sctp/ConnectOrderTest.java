package dev.peerdesk.transport.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peerdesk.transport.netem.Harness;
import dev.peerdesk.transport.netem.NetEm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 8841/8831: both WebRTC peers start SCTP. Whatever the offset between the two connect() calls
 * (before, during or after the peer's INIT and COOKIE ECHO arrive, link latency 10 ms), both sides
 * connect exactly once and data flows both ways.
 */
class ConnectOrderTest {

    @ParameterizedTest(name = "second connect {0} ms after the first")
    @ValueSource(longs = {0, 5, 10, 15, 20, 25, 30, 35, 45, 60, 500, -1})
    void section5_2_everyConnectOrderConverges(long offset) throws Exception {
        SctpPeer a = new SctpPeer(31);
        SctpPeer b = new SctpPeer(32);
        Harness h = new Harness(a, b, new NetEm(33, NetEm.Link.PERFECT));
        a.assoc.connect(0);
        if (offset >= 0) {
            h.runFor(offset);
            b.assoc.connect(h.now());
        }
        h.runUntil(() -> a.connected() && b.connected(), 100_000);
        a.assoc.send(h.now(), 0, 51, new byte[] {1}, true, SendOptions.RELIABLE);
        b.assoc.send(h.now(), 1, 51, new byte[] {2}, true, SendOptions.RELIABLE);
        h.runUntil(() -> a.messages.size() == 1 && b.messages.size() == 1, 100_000);
        h.runFor(70_000);
        assertEquals(1, a.count(SctpEvent.Connected.class));
        assertEquals(1, b.count(SctpEvent.Connected.class));
        assertArrayEquals(new byte[] {1}, b.messages.get(0).data());
        assertArrayEquals(new byte[] {2}, a.messages.get(0).data());
        assertEquals(null, a.closed());
        assertEquals(null, b.closed());
    }
}
