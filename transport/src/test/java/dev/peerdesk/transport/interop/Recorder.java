package dev.peerdesk.transport.interop;

import dev.peerdesk.transport.Channel;
import dev.peerdesk.transport.PeerListener;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Collects a PeerConnection's events for assertions from the test thread. */
public final class Recorder implements PeerListener {
    final List<String> localCandidates = new CopyOnWriteArrayList<>();
    public final Map<String, Channel> open = new ConcurrentHashMap<>();
    final List<String> closedChannels = new CopyOnWriteArrayList<>();
    final Map<String, List<byte[]>> messages = new ConcurrentHashMap<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    volatile boolean gatheringDone;
    volatile boolean connected;
    public volatile String closedReason;
    /** When set, messages on that channel go here instead of {@link #messages}. */
    public volatile BiConsumer<Channel, byte[]> sink;

    @Override
    public void onLocalCandidate(String candidate) {
        localCandidates.add(candidate);
    }

    @Override
    public void onLocalCandidatesDone() {
        gatheringDone = true;
    }

    @Override
    public void onIceConnected(String selectedPair) {
        log.add("ice " + selectedPair);
    }

    @Override
    public void onConnected() {
        connected = true;
    }

    @Override
    public void onChannelOpen(Channel channel) {
        open.put(channel.label(), channel);
        log.add("open " + channel.label());
    }

    @Override
    public void onMessage(Channel channel, byte[] data, boolean binary) {
        BiConsumer<Channel, byte[]> s = sink;
        if (s != null) {
            s.accept(channel, data);
            return;
        }
        messages.computeIfAbsent(channel.label(), k -> Collections.synchronizedList(new java.util.ArrayList<>()))
                .add(data);
    }

    @Override
    public void onChannelClosed(Channel channel) {
        closedChannels.add(channel.label());
    }

    @Override
    public void onClosed(String reason) {
        log.add("closed " + reason);
        closedReason = reason;
    }

    /** A snapshot: messages keep arriving on the executor while the test reads. */
    List<byte[]> messages(String label) {
        List<byte[]> l = messages.getOrDefault(label, List.of());
        synchronized (l) {
            return new java.util.ArrayList<>(l);
        }
    }
}
