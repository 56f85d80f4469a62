package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.DataChunk;
import dev.peerdesk.transport.sctp.chunk.ForwardTsnChunk;
import dev.peerdesk.transport.sctp.chunk.SackChunk;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Receiver TSN bookkeeping (RFC 9260 sections 6.2 and 6.7): the cumulative TSN, TSNs received above it,
 * duplicates, and when to SACK (at once on loss, duplicates or every second DATA packet; otherwise after
 * the delayed-SACK time). TSNs are unwrapped to 64 bits relative to the cumulative TSN.
 */
final class DataReceiver {
    private static final int MAX_GAP_BLOCKS = 128;
    private static final int MAX_DUPLICATES = 16;
    /** Fragments kept at most, whatever their size: bounds memory against tiny-chunk floods. */
    private static final int MAX_FRAGMENTS = 16384;

    private final TreeSet<Long> above = new TreeSet<>();
    private final List<Integer> duplicates = new ArrayList<>();
    private final Reassembly reassembly;
    private final long window;
    private final long delayedAck;
    private final Timer sackTimer = new Timer();
    private long cum;
    private int packetsSinceSack;
    private boolean sackNow;

    DataReceiver(ArrayDeque<SctpEvent> events, SctpConfig config, int peerInitialTsn) {
        this.reassembly = new Reassembly(events, config.maxMessageSize());
        this.window = config.receiveWindow();
        this.delayedAck = config.delayedAckMillis();
        this.cum = (peerInitialTsn - 1) & 0xffffffffL;
    }

    private long unwrap(int tsn) {
        return cum + (tsn - (int) cum);
    }

    int cumulativeTsn() {
        return (int) cum;
    }

    /** Whether every TSN up to and including {@code tsn} has arrived (stream reset precondition). */
    boolean receivedThrough(int tsn) {
        return unwrap(tsn) <= cum;
    }

    void onData(DataChunk d) throws SctpException {
        long t = unwrap(d.tsn());
        if (t <= cum || above.contains(t)) {
            if (duplicates.size() < MAX_DUPLICATES) {
                duplicates.add(d.tsn());
            }
            sackNow = true;
            return;
        }
        boolean full = reassembly.bufferedBytes() + d.data().length > window
                || reassembly.fragmentCount() >= MAX_FRAGMENTS;
        if (t - cum > 0xffff || (full && t != cum + 1)) {
            // RFC 9260 section 6.2: no room (or beyond what a gap block can name): drop unacknowledged.
            sackNow = true;
            return;
        }
        if (d.immediate()) {
            sackNow = true;
        }
        above.add(t);
        while (!above.isEmpty() && above.first() == cum + 1) {
            cum = above.pollFirst();
        }
        if (!above.isEmpty()) {
            sackNow = true;
        }
        reassembly.add(d, t);
    }

    /** After a whole packet: decide between an immediate and a delayed SACK. */
    void afterDataPacket(long now) {
        if (++packetsSinceSack >= 2) {
            sackNow = true;
        }
        if (!sackNow && !sackTimer.running()) {
            sackTimer.start(now, delayedAck);
        }
    }

    void onForwardTsn(ForwardTsnChunk f) {
        long newCum = unwrap(f.newCumulativeTsn());
        sackNow = true;
        if (newCum <= cum) {
            return;
        }
        above.headSet(newCum, true).clear();
        cum = newCum;
        while (!above.isEmpty() && above.first() == cum + 1) {
            cum = above.pollFirst();
        }
        reassembly.forward(newCum, f.streams());
    }

    void resetStream(int streamId) {
        reassembly.resetStream(streamId);
    }

    boolean sackDue(long now) {
        return sackNow || sackTimer.expired(now);
    }

    /** A SACK is owed (now or later): worth bundling with anything we send anyway. */
    boolean sackPending() {
        return sackNow || sackTimer.running();
    }

    long deadline() {
        return sackNow ? Timer.STOPPED : sackTimer.deadline();
    }

    long advertisedWindow() {
        return Math.max(0, window - reassembly.bufferedBytes());
    }

    SackChunk buildSack() {
        sackNow = false;
        sackTimer.stop();
        packetsSinceSack = 0;
        List<int[]> blocks = new ArrayList<>();
        Iterator<Long> it = above.iterator();
        while (it.hasNext() && blocks.size() < MAX_GAP_BLOCKS) {
            long t = it.next();
            int[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            long off = t - cum;
            if (off > 0xffff) {
                break;
            }
            if (last != null && last[1] + 1 == off) {
                last[1] = (int) off;
            } else {
                blocks.add(new int[] {(int) off, (int) off});
            }
        }
        int[] gaps = new int[blocks.size() * 2];
        for (int i = 0; i < blocks.size(); i++) {
            gaps[2 * i] = blocks.get(i)[0];
            gaps[2 * i + 1] = blocks.get(i)[1];
        }
        int[] dups = duplicates.stream().mapToInt(Integer::intValue).toArray();
        duplicates.clear();
        return new SackChunk((int) cum, advertisedWindow(), gaps, dups);
    }
}
