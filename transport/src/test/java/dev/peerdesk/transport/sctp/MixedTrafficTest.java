package dev.peerdesk.transport.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.netem.Harness;
import dev.peerdesk.transport.netem.NetEm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many seeds of mixed traffic on a bad link: reliable ordered streams, unordered reliable messages,
 * partially reliable ones of both kinds and a mid-transfer stream reset, in both directions. Reliable
 * data must arrive complete (ordered streams in order), partially reliable data must not stall anything.
 */
class MixedTrafficTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("mixedTrafficSeeds", 40));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reliableDataSurvivesWhateverElseHappens(long seed) throws Exception {
        Random r = new Random(seed);
        SctpPeer a = new SctpPeer(seed * 2);
        SctpPeer b = new SctpPeer(seed * 2 + 1);
        NetEm.Link link = new NetEm.Link(5 + r.nextInt(100), r.nextInt(40), r.nextDouble() * 0.15, r.nextDouble() * 0.05);
        Harness h = new Harness(a, b, new NetEm(seed, link));
        a.assoc.connect(0);
        if (r.nextBoolean()) {
            b.assoc.connect(r.nextInt(50));
        }
        h.runUntil(() -> a.connected() && b.connected(), 1_000_000);
        List<byte[]> reliableAb = new ArrayList<>();
        List<byte[]> unorderedAb = new ArrayList<>();
        List<byte[]> reliableBa = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] m = new byte[1 + r.nextInt(r.nextInt(10) == 0 ? 100_000 : 3000)];
            r.nextBytes(m);
            switch (r.nextInt(5)) {
                case 0 -> {
                    reliableAb.add(m);
                    a.assoc.send(h.now(), 0, 53, m, true, SendOptions.RELIABLE);
                }
                case 1 -> {
                    unorderedAb.add(m);
                    a.assoc.send(h.now(), 2, 53, m, false, SendOptions.RELIABLE);
                }
                case 2 -> a.assoc.send(h.now(), 4, 53, m, r.nextBoolean(), SendOptions.maxRetransmits(r.nextInt(2)));
                case 3 -> a.assoc.send(h.now(), 6, 53, m, r.nextBoolean(), SendOptions.maxPacketLifeTime(r.nextInt(500)));
                default -> {
                    reliableBa.add(m);
                    b.assoc.send(h.now(), 1, 53, m, true, SendOptions.RELIABLE);
                }
            }
            if (i == 100) {
                a.assoc.resetStream(h.now(), 4);
            }
            if (r.nextInt(10) == 0) {
                h.runFor(r.nextInt(300));
            }
        }
        h.runUntil(() -> count(b, 0) == reliableAb.size() && count(b, 2) == unorderedAb.size()
                && count(a, 1) == reliableBa.size(), 5_000_000);
        assertOrdered(reliableAb, b, 0);
        assertOrdered(reliableBa, a, 1);
        List<String> unorderedGot = b.messages.stream().filter(m -> m.streamId() == 2).map(m -> Hex.of(m.data())).sorted().toList();
        assertEquals(unorderedAb.stream().map(Hex::of).sorted().toList(), unorderedGot);
        h.runUntil(() -> a.assoc.bufferedAmount(4) == 0 && a.assoc.bufferedAmount(6) == 0, 5_000_000);
        a.assoc.shutdown(h.now());
        h.runUntil(() -> a.closed() != null && b.closed() != null, 5_000_000);
        assertTrue(!a.closed().aborted() && !b.closed().aborted(), a.closed() + " / " + b.closed());
        assertNull(null);
    }

    private static long count(SctpPeer p, int stream) {
        return p.messages.stream().filter(m -> m.streamId() == stream).count();
    }

    private static void assertOrdered(List<byte[]> sent, SctpPeer receiver, int stream) {
        List<SctpEvent.Message> got = receiver.messages.stream().filter(m -> m.streamId() == stream).toList();
        assertEquals(sent.size(), got.size());
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i), got.get(i).data(), "message " + i + " on stream " + stream);
        }
    }
}
