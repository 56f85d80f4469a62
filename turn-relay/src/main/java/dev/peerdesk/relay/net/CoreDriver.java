package dev.peerdesk.relay.net;

import dev.peerdesk.relay.core.Counters;
import dev.peerdesk.relay.core.FiveTuple;
import dev.peerdesk.relay.core.Transmit;
import dev.peerdesk.relay.core.TurnCore;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Serialises every call into the sans-IO core (the UDP loop, stream readers and the timer all
 * call in) and carries out what it asks: datagrams through the UDP engine, stream messages to
 * the connection's writer.
 */
public final class CoreDriver {
    private final TurnCore core;
    private final LongSupplier clock;
    private UdpEngine udp;
    /** Sees every relayed payload, both directions (--capture-forwarded); null when off. */
    private PayloadTap tap;

    /** Receives the application payloads the relay forwards; called under the driver's lock. */
    public interface PayloadTap {
        void forwarded(byte[] b, int off, int len);
    }
    private final Map<FiveTuple, StreamConnection> streams = new ConcurrentHashMap<>();

    public CoreDriver(TurnCore core, LongSupplier clock) {
        this.core = core;
        this.clock = clock;
    }

    void attach(UdpEngine engine) {
        this.udp = engine;
    }

    public synchronized void capture(PayloadTap tap) {
        this.tap = tap;
    }

    void register(StreamConnection c) {
        streams.put(c.tuple(), c);
    }

    synchronized void fromClient(FiveTuple from, byte[] b, int off, int len) {
        core.handleClient(clock.getAsLong(), from, b, off, len);
        flush();
    }

    synchronized void fromPeer(InetSocketAddress relayed, InetSocketAddress peer, byte[] b, int off, int len) {
        if (tap != null) {
            tap.forwarded(b, off, len);
        }
        core.handlePeer(clock.getAsLong(), relayed, peer, b, off, len);
        flush();
    }

    synchronized void closed(FiveTuple from) {
        streams.remove(from);
        core.clientClosed(clock.getAsLong(), from);
        flush();
    }

    public synchronized void tick() {
        core.handleTimeout(clock.getAsLong());
        flush();
    }

    public synchronized Counters.Snapshot counters() {
        return core.counters();
    }

    private void flush() {
        for (Transmit t; (t = core.pollTransmit()) != null;) {
            if (t instanceof Transmit.ToPeer p) {
                if (tap != null) {
                    tap.forwarded(p.data(), p.offset(), p.length());
                }
                udp.sendFromRelay(p.relay(), p.peer(), p.data(), p.offset(), p.length());
            } else {
                Transmit.ToClient c = (Transmit.ToClient) t;
                if (c.client().protocol() == FiveTuple.Protocol.UDP) {
                    udp.sendFromListener(c.client().server(), c.client().client(), c.data());
                } else {
                    StreamConnection s = streams.get(c.client());
                    if (s != null) {
                        s.send(c.data());
                    }
                }
            }
        }
    }
}
