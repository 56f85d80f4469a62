package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.netem.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** An association plus the events it raised, for the two-peer tests. */
final class SctpPeer implements Endpoint {
    final SctpAssociation assoc;
    final List<SctpEvent> events = new ArrayList<>();
    final List<SctpEvent.Message> messages = new ArrayList<>();

    SctpPeer(long seed) {
        this(config(seed).build());
    }

    SctpPeer(SctpConfig config) {
        this.assoc = new SctpAssociation(config);
    }

    static SctpConfig.Builder config(long seed) {
        Random r = new Random(seed);
        byte[] secret = new byte[32];
        r.nextBytes(secret);
        return SctpConfig.builder(r::nextInt, secret);
    }

    @Override
    public void handleInput(long now, byte[] packet) throws SctpException {
        assoc.handleInput(now, packet);
        drain();
    }

    @Override
    public void handleTimeout(long now) {
        assoc.handleTimeout(now);
        drain();
    }

    @Override
    public byte[] pollTransmit() {
        byte[] p = assoc.pollTransmit();
        drain();
        return p;
    }

    @Override
    public long pollTimeout() {
        return assoc.pollTimeout();
    }

    void drain() {
        SctpEvent e;
        while ((e = assoc.pollEvent()) != null) {
            events.add(e);
            if (e instanceof SctpEvent.Message m) {
                messages.add(m);
            }
        }
    }

    long count(Class<? extends SctpEvent> kind) {
        return events.stream().filter(kind::isInstance).count();
    }

    boolean connected() {
        return count(SctpEvent.Connected.class) > 0;
    }

    SctpEvent.Closed closed() {
        return events.stream().filter(SctpEvent.Closed.class::isInstance).map(SctpEvent.Closed.class::cast)
                .findFirst().orElse(null);
    }
}
