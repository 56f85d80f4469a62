package dev.peerdesk.e2e.net;

/**
 * What a LAN's router does to traffic between its LAN and the WAN. Each kind is one real kernel
 * behaviour built with iptables in the router's namespace (shared/TESTING.md, "Network topologies").
 */
public enum Router {
    /** No NAT: the LAN's addresses are routed on the WAN as they are. */
    ROUTED,
    /** MASQUERADE: endpoint-independent mapping, the common home router (ICE goes direct via srflx). */
    NAT,
    /** MASQUERADE --random-fully: a new public port per destination (symmetric NAT: needs a relay). */
    SYMMETRIC_NAT,
    /** NAT, and every UDP packet from the LAN to the WAN dropped (relay over TCP). */
    NAT_UDP_BLOCKED,
    /** NAT, and only TCP to port 443 allowed out (TURN over TLS on 443, or the HTTPS tunnel). */
    NAT_ONLY_TCP_443;

    /** The iptables rules (arguments after "iptables") for a router whose WAN interface is {@code wanIf}. */
    String[][] rules(String wanIf) {
        String[] masquerade = {"-t", "nat", "-A", "POSTROUTING", "-o", wanIf, "-j", "MASQUERADE"};
        String[] randomFully = {"-t", "nat", "-A", "POSTROUTING", "-o", wanIf, "-j", "MASQUERADE",
            "--random-fully"};
        String[] established = {"-A", "FORWARD", "-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED",
            "-j", "ACCEPT"};
        // A home router's firewall drops unsolicited packets to itself. Without it, a peer's first hole
        // punching packet (arriving before our own outbound one) is tracked as a connection to the
        // router, and our outbound flow then clashes with it and gets another public port: punching
        // between two such NATs would fail where real routers succeed. Dropped in INPUT, the packet's
        // conntrack entry is never confirmed.
        String[] unsolicited = {"-A", "INPUT", "-i", wanIf, "-m", "conntrack", "--ctstate", "NEW", "-j", "DROP"};
        return switch (this) {
            case ROUTED -> new String[0][];
            case NAT -> new String[][] {masquerade, unsolicited};
            case SYMMETRIC_NAT -> new String[][] {randomFully, unsolicited};
            case NAT_UDP_BLOCKED -> new String[][] {masquerade, unsolicited,
                {"-A", "FORWARD", "-o", wanIf, "-p", "udp", "-j", "DROP"}};
            case NAT_ONLY_TCP_443 -> new String[][] {masquerade, unsolicited, established,
                {"-A", "FORWARD", "-o", wanIf, "-p", "tcp", "--dport", "443", "-j", "ACCEPT"},
                {"-A", "FORWARD", "-o", wanIf, "-j", "DROP"}};
        };
    }
}
