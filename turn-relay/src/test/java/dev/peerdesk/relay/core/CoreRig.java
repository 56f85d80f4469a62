package dev.peerdesk.relay.core;

import dev.peerdesk.relay.auth.Credentials;
import dev.peerdesk.relay.auth.Nonces;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A TurnCore on a virtual clock with fake relay ports; collects what it transmits. */
final class CoreRig implements RelayPorts {
    static final String SECRET = "rest-secret";
    final String realm = "peerdesk";
    final TurnCore core;
    long now = 1_800_000_000_000L;
    final Set<InetSocketAddress> open = new HashSet<>();
    int portsLeft;
    private int nextPort = 50_000;

    CoreRig(TurnPolicy policy, int ports) {
        this.portsLeft = ports;
        core = new TurnCore(policy, new Credentials(realm, Map.of("alice", "wonderland", "bob", "builder"), SECRET),
                new Nonces(new byte[32], 600_000), this, 1);
    }

    CoreRig() {
        this(TurnPolicy.of("peerdesk", new PeerFilter(false, List.of(), List.of()), 0, 0), 100);
    }

    static FiveTuple udp(String ip, int port) {
        return new FiveTuple(FiveTuple.Protocol.UDP, new InetSocketAddress("192.0.2.1", 3478),
                new InetSocketAddress(ip, port));
    }

    @Override
    public InetSocketAddress open(boolean evenPort) {
        if (portsLeft == 0) {
            return null;
        }
        portsLeft--;
        InetSocketAddress a = new InetSocketAddress("192.0.2.1", nextPort);
        nextPort += 2;
        open.add(a);
        return a;
    }

    @Override
    public InetSocketAddress[] openPair() {
        if (portsLeft < 2) {
            return null;
        }
        return new InetSocketAddress[] {open(true), open(true)};
    }

    @Override
    public void close(InetSocketAddress relayed) {
        if (!open.remove(relayed)) {
            throw new AssertionError("closed twice or never opened: " + relayed);
        }
        portsLeft++;
    }

    /** Feeds one message and returns the single response it must produce. */
    StunFrame exchange(FiveTuple from, byte[] request) {
        core.handleClient(now, from, request, 0, request.length);
        List<Transmit> out = drain();
        if (out.size() != 1 || !(out.get(0) instanceof Transmit.ToClient c) || !c.client().equals(from)) {
            throw new AssertionError("expected one response to " + from + ", got " + out);
        }
        return Wire.parse(c.data());
    }

    List<Transmit> drain() {
        List<Transmit> out = new ArrayList<>();
        for (Transmit t; (t = core.pollTransmit()) != null;) {
            out.add(t);
        }
        return out;
    }

    void advance(long millis) {
        now += millis;
        core.handleTimeout(now);
    }
}
