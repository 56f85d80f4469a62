package dev.peerdesk.relay.core;

import java.net.InetAddress;
import java.util.List;

/**
 * Which peers a client may reach through the relay. By default nothing on the operator's side:
 * no loopback, private, link-local, unspecified, multicast or broadcast address, so the relay
 * cannot be used to reach its own host or internal network. {@code allowed} ranges override the
 * defaults; {@code denied} ranges override everything.
 */
public final class PeerFilter {
    private static final List<Cidr> PRIVATE = List.of(
            Cidr.parse("0.0.0.0/8"), Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"),
            Cidr.parse("169.254.0.0/16"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"),
            Cidr.parse("224.0.0.0/4"), Cidr.parse("240.0.0.0/4"),
            Cidr.parse("::/128"), Cidr.parse("fc00::/7"), Cidr.parse("fe80::/10"), Cidr.parse("ff00::/8"));
    private static final List<Cidr> LOOPBACK = List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"));

    private final boolean allowLoopback;
    private final List<Cidr> allowed;
    private final List<Cidr> denied;

    public PeerFilter(boolean allowLoopback, List<Cidr> allowed, List<Cidr> denied) {
        this.allowLoopback = allowLoopback;
        this.allowed = List.copyOf(allowed);
        this.denied = List.copyOf(denied);
    }

    public static PeerFilter defaults() {
        return new PeerFilter(false, List.of(), List.of());
    }

    public boolean permits(InetAddress peer) {
        if (any(denied, peer)) {
            return false;
        }
        if (any(allowed, peer)) {
            return true;
        }
        if (any(LOOPBACK, peer)) {
            return allowLoopback;
        }
        return !any(PRIVATE, peer);
    }

    private static boolean any(List<Cidr> ranges, InetAddress a) {
        for (Cidr c : ranges) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
