package dev.peerdesk.relay.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.peerdesk.relay.stun.ChannelData;
import dev.peerdesk.relay.stun.StreamFramer;
import dev.peerdesk.relay.stun.StunFormatException;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.ice4j.attribute.AttributeFactory;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of everything remote input reaches: the STUN framing, every attribute
 * decoder (ice4j's included), the integrity check, the TURN methods, ChannelData and the stream
 * framer. The only acceptable outcomes are a typed error inside, a drop, or well-formed output.
 */
class TurnCoreFuzzTest {
    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.5", 40000);

    private static byte[] mutate(Random r, byte[] seed) {
        byte[] m = seed.clone();
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits; k++) {
            switch (r.nextInt(6)) {
                case 0 -> m = Arrays.copyOf(m, r.nextInt(m.length + 1));
                case 1 -> m = Arrays.copyOf(m, m.length + 1 + r.nextInt(8));
                case 2 -> {
                    if (m.length >= 4) { // keep the STUN length consistent so attributes get decoded
                        int len = Math.max(0, m.length - 20) & ~3;
                        m = Arrays.copyOf(m, 20 + len);
                        m[2] = (byte) (len >> 8);
                        m[3] = (byte) len;
                    }
                }
                case 3 -> {
                    if (m.length >= 24) { // an attribute length field
                        int at = 20 + 4 * r.nextInt((m.length - 20) / 4);
                        if (at + 3 < m.length) {
                            m[at + 3] = (byte) r.nextInt(256);
                        }
                    }
                }
                default -> {
                    if (m.length > 0) {
                        m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                    }
                }
            }
        }
        return m;
    }

    @Test
    void coreSurvivesMutatedClientInput() throws Exception {
        CoreRig rig = new CoreRig(TurnPolicy.of("peerdesk", new PeerFilter(true, List.of(), List.of()), 0, 0), 1000);
        Client alice = new Client(rig, CoreRig.udp("198.51.100.7", 5000), "alice", "wonderland");
        alice.allocateOk();
        assertEquals(0, alice.bind(0x4000, PEER));
        List<byte[]> corpus = new ArrayList<>();
        byte[] tid = alice.tid();
        List<Object> creds = new ArrayList<>(Wire.credentials("alice", "peerdesk", alice.nonce));
        corpus.add(Wire.request(Requests.ALLOCATE, tid, concat(List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17), Wire.raw(0x0018, (byte) 0x80),
                Wire.raw(0x0017, (byte) 1, (byte) 0, (byte) 0, (byte) 0),
                AttributeFactory.createLifetimeAttribute(900)), creds), alice.key()));
        corpus.add(Wire.request(Requests.REFRESH, tid, concat(List.of(AttributeFactory.createLifetimeAttribute(600)), creds), alice.key()));
        corpus.add(Wire.request(Requests.CREATE_PERMISSION, tid, concat(List.of(Wire.peer(PEER, tid),
                Wire.peer(new InetSocketAddress("2001:db8::1", 9), tid)), creds), alice.key()));
        corpus.add(Wire.request(Requests.CHANNEL_BIND, tid, concat(List.of(
                AttributeFactory.createChannelNumberAttribute((char) 0x4001), Wire.peer(PEER, tid)), creds), alice.key()));
        corpus.add(Wire.message(0x0016, tid, List.of(Wire.peer(PEER, tid),
                AttributeFactory.createDataAttribute(new byte[37])), null, true));
        corpus.add(Wire.message(0x0001, tid, List.of(Wire.raw(0x8022, "fuzz".getBytes())), null, true));
        corpus.add(HexFormat.of().parseHex("400000056162636465000000"));
        Random r = new Random(20261122);
        FiveTuple[] tuples = {alice.tuple, CoreRig.udp("198.51.100.8", 1),
                new FiveTuple(FiveTuple.Protocol.TCP, alice.tuple.server(), alice.tuple.client())};
        int answered = 0;
        for (int i = 0; i < 60_000; i++) {
            byte[] m = mutate(r, corpus.get(r.nextInt(corpus.size())));
            FiveTuple from = tuples[r.nextInt(tuples.length)];
            try {
                rig.core.handleClient(rig.now, from, m, 0, m.length);
                for (Transmit t : rig.drain()) {
                    if (t instanceof Transmit.ToClient c && !ChannelData.isChannelData(c.data(), 0, c.data().length)) {
                        StunFrame.parse(c.data(), 0, c.data().length); // the server only ever sends well-formed STUN
                        answered++;
                    }
                }
                if (i % 1000 == 0) {
                    rig.advance(20_000);
                    rig.core.handlePeer(rig.now, rig.open.isEmpty() ? PEER : rig.open.iterator().next(), PEER, m, 0, m.length);
                    rig.drain();
                }
            } catch (RuntimeException | StunFormatException e) {
                fail("input " + HexFormat.of().formatHex(m) + " escaped as " + e, e);
            }
        }
        System.out.println("turn core fuzz: 60000 mutants, " + answered + " STUN answers");
    }

    @Test
    void streamFramerOnRandomStreams() {
        Random r = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            byte[] b = new byte[r.nextInt(40)];
            r.nextBytes(b);
            try {
                int len = StreamFramer.messageLength(b, 0, b.length);
                if (len != -1 && (len < 4 || len > 20 + 65_535)) {
                    fail("length " + len + " for " + HexFormat.of().formatHex(b));
                }
            } catch (StunFormatException expected) {
                // the connection would be closed
            } catch (RuntimeException e) {
                fail("unchecked for " + HexFormat.of().formatHex(b), e);
            }
        }
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
