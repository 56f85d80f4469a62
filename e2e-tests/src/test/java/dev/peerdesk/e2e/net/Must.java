package dev.peerdesk.e2e.net;

/** What a topology row of the connectivity matrix requires of the selected path (issue 8). */
enum Must {
    DIRECT_HOST("direct (host candidates)"),
    DIRECT("direct"),
    DIRECT_REFLEXIVE("direct (server-reflexive / peer-reflexive)"),
    RELAY_UDP("relay over UDP"),
    RELAY_TCP("relay over TCP"),
    RELAY_TLS_443("relay over TLS on 443, or the HTTPS tunnel"),
    TUNNEL("the HTTPS tunnel through the signaling server");

    final String words;

    Must(String words) {
        this.words = words;
    }

    /** Null when the session's path meets this requirement, else why not. */
    String violation(Attempt a) {
        if (a.tunnelled()) {
            return this == RELAY_TLS_443 || this == TUNNEL ? null : "wanted " + words + ", got the HTTPS tunnel";
        }
        if (this == TUNNEL) {
            return "wanted the HTTPS tunnel, got " + (a.path() == null ? "no path" : a.path().describe());
        }
        return a.path() == null ? "no selected, succeeded candidate pair"
                : !a.settled() ? "better pairs still being checked after the wait; last " + a.path().describe()
                : violation(a.path());
    }

    private String violation(IcePath p) {
        return switch (this) {
            case DIRECT_HOST -> "host".equals(p.localType()) && "host".equals(p.remoteType()) ? null
                    : "wanted host -> host, got " + p.describe();
            case DIRECT -> !p.relayed() ? null : "wanted a direct pair, got " + p.describe();
            case DIRECT_REFLEXIVE -> !p.relayed() && (reflexive(p.localType()) || reflexive(p.remoteType())) ? null
                    : "wanted a direct pair through the NATs (srflx/prflx), got " + p.describe();
            case RELAY_UDP -> p.relayed() && (!p.localRelay() || "udp".equals(p.relayProtocol())) ? null
                    : "wanted a relay reached over UDP, got " + p.describe();
            case RELAY_TCP -> p.localRelay() && "tcp".equals(p.relayProtocol()) ? null
                    : "wanted the viewer's relay candidate over TCP, got " + p.describe();
            case RELAY_TLS_443 -> p.localRelay() && "tls".equals(p.relayProtocol()) && p.relayPort() == 443 ? null
                    : "wanted the viewer's relay candidate over TLS on 443, got " + p.describe();
            case TUNNEL -> throw new IllegalStateException("a tunnelled session has no candidate pair");
        };
    }

    private static boolean reflexive(String type) {
        return "srflx".equals(type) || "prflx".equals(type);
    }
}
