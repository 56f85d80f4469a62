package dev.peerdesk.transport.dcep;

import dev.peerdesk.transport.netem.Endpoint;
import dev.peerdesk.transport.sctp.SctpAssociation;
import dev.peerdesk.transport.sctp.SctpConfig;
import dev.peerdesk.transport.sctp.SctpException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** DataChannels plus the events they raised, for the two-peer tests. */
final class ChannelPeer implements Endpoint {
    final DataChannels channels;
    final List<DataChannelEvent> events = new ArrayList<>();

    ChannelPeer(long seed, boolean dtlsClient) {
        Random r = new Random(seed);
        byte[] secret = new byte[32];
        r.nextBytes(secret);
        channels = new DataChannels(new SctpAssociation(SctpConfig.builder(r::nextInt, secret).build()), dtlsClient);
    }

    @Override
    public void handleInput(long now, byte[] packet) throws SctpException {
        channels.handleInput(now, packet);
        drain();
    }

    @Override
    public void handleTimeout(long now) {
        channels.handleTimeout(now);
        drain();
    }

    @Override
    public byte[] pollTransmit() {
        byte[] p = channels.pollTransmit();
        drain();
        return p;
    }

    @Override
    public long pollTimeout() {
        return channels.pollTimeout();
    }

    void drain() {
        DataChannelEvent e;
        while ((e = channels.pollEvent()) != null) {
            events.add(e);
        }
    }

    <T extends DataChannelEvent> List<T> all(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
