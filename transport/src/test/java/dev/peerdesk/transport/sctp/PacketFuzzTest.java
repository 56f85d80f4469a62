package dev.peerdesk.transport.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.peerdesk.transport.netem.Harness;
import dev.peerdesk.transport.netem.NetEm;
import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.ChunkCodec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the packet parser and of live associations. The corpus is every packet two
 * real associations exchanged (handshake, data, SACKs, reset, shutdown) plus the chunk table rows.
 * Half the mutants get a correct CRC32c so they reach the chunk decoders.
 */
class PacketFuzzTest {
    private static final int ITERATIONS = 60_000;

    private static List<byte[]> corpus() throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        SctpPeer a = new SctpPeer(7);
        SctpPeer b = new SctpPeer(8);
        NetEm net = new NetEm(9, new NetEm.Link(10, 5, 0.1, 0.05));
        net.dropIf((from, p) -> {
            corpus.add(p);
            return false;
        });
        Harness h = new Harness(a, b, net);
        a.assoc.connect(0);
        b.assoc.connect(0);
        h.runUntil(() -> a.connected() && b.connected(), 10_000);
        for (int i = 0; i < 20; i++) {
            a.assoc.send(h.now(), i % 3, 53, new byte[1 + i * 300], i % 2 == 0, i % 4 == 0
                    ? SendOptions.maxRetransmits(0) : SendOptions.RELIABLE);
        }
        a.assoc.resetStream(h.now(), 1);
        h.runFor(10_000);
        a.assoc.shutdown(h.now());
        h.runFor(10_000);
        return corpus;
    }

    static byte[] mutate(Random r, byte[] in) {
        byte[] b = in.clone();
        int kind = r.nextInt(6);
        switch (kind) {
            case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
            case 2 -> b = java.util.Arrays.copyOf(b, b.length + 1 + r.nextInt(64));
            case 3 -> {
                int at = r.nextInt(Math.max(1, b.length - 1));
                int v = new int[] {0, 0xffff, 1, 3, 4, 5, 0x7fff, 0x8000}[r.nextInt(8)];
                b[at] = (byte) (v >> 8);
                if (at + 1 < b.length) {
                    b[at + 1] = (byte) v;
                }
            }
            case 4 -> b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            default -> {
                for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
        }
        return b;
    }

    static byte[] fixChecksum(byte[] raw) {
        if (raw.length < Packet.HEADER) {
            return raw;
        }
        CRC32C crc = new CRC32C();
        crc.update(raw, 0, 8);
        crc.update(new byte[4]);
        crc.update(raw, 12, raw.length - 12);
        ByteBuffer.wrap(raw, 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue());
        return raw;
    }

    @Test
    void parserThrowsOnlySctpExceptionAndReencodesCanonically() throws Exception {
        List<byte[]> corpus = corpus();
        Random r = new Random(1234);
        int decoded = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] m = mutate(r, corpus.get(r.nextInt(corpus.size())));
            if (r.nextBoolean()) {
                m = fixChecksum(m);
            }
            try {
                Packet.checksumValid(m);
                Packet p = Packet.decode(m);
                decoded++;
                byte[] again = p.encode();
                assertEquals(Hex.of(again), Hex.of(Packet.decode(again).encode()), "encode(decode(x)) is stable");
                for (Chunk c : p.chunks()) {
                    ChunkCodec.decode(ByteBuffer.wrap(ChunkCodec.encode(c)));
                }
            } catch (SctpException expected) {
                // the only allowed outcome for bad input
            } catch (RuntimeException e) {
                fail("unchecked " + e + " for " + Hex.of(m), e);
            }
        }
        System.out.println("packet fuzz: " + decoded + " of " + ITERATIONS + " mutants decoded");
    }

    @Test
    void validPacketsRoundTripExactly() throws Exception {
        for (byte[] raw : corpus()) {
            assertEquals(Hex.of(raw), Hex.of(Packet.decode(raw).encode()));
        }
    }

    @Test
    void liveAssociationsThrowOnlySctpException() throws Exception {
        List<byte[]> corpus = corpus();
        Random r = new Random(99);
        for (int round = 0; round < 40; round++) {
            SctpPeer a = new SctpPeer(7);
            SctpPeer b = new SctpPeer(8);
            Harness h = new Harness(a, b, new NetEm(round, NetEm.Link.PERFECT));
            a.assoc.connect(0);
            if (round % 2 == 0) {
                h.runUntil(() -> a.connected() && b.connected(), 10_000);
                a.assoc.send(h.now(), 0, 53, new byte[5000], true, SendOptions.RELIABLE);
                h.flush();
            }
            for (int i = 0; i < 500 && b.closed() == null; i++) {
                byte[] m = fixChecksum(mutate(r, corpus.get(r.nextInt(corpus.size()))));
                try {
                    b.assoc.handleInput(h.now() + i, m);
                    b.assoc.handleTimeout(h.now() + i);
                    while (b.assoc.pollTransmit() != null) {
                        b.drain();
                    }
                } catch (SctpException expected) {
                    // typed rejection; the association aborted itself
                } catch (RuntimeException e) {
                    fail("unchecked " + e + " for " + Hex.of(m), e);
                }
            }
        }
    }
}
