package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.DataChunk;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** Targeted drop filters for {@link dev.peerdesk.transport.netem.NetEm#dropIf}. */
final class Faults {
    private Faults() {
    }

    static boolean has(byte[] raw, Predicate<Chunk> p) {
        try {
            return Packet.decode(raw).chunks().stream().anyMatch(p);
        } catch (SctpException e) {
            throw new AssertionError("the association sent an undecodable packet", e);
        }
    }

    /** Drops the first {@code times} packets from {@code from} (-1: any side) that carry a matching chunk. */
    static BiPredicate<Integer, byte[]> dropFirst(int from, int times, Predicate<Chunk> p, int[] dropped) {
        return (side, raw) -> {
            if ((from < 0 || side == from) && dropped[0] < times && has(raw, p)) {
                dropped[0]++;
                return true;
            }
            return false;
        };
    }

    static Predicate<Chunk> kind(Class<? extends Chunk> k) {
        return k::isInstance;
    }

    static Predicate<Chunk> dataWithTsnOffset(int[] firstTsn, int offset) {
        return c -> {
            if (!(c instanceof DataChunk d)) {
                return false;
            }
            if (firstTsn[0] == 0) {
                firstTsn[0] = d.tsn();
            }
            return d.tsn() == firstTsn[0] + offset;
        };
    }
}
