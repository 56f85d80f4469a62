package dev.peerdesk.e2e.net;

import java.util.Map;

/**
 * The candidate pair the viewer's RTCPeerConnection selected, as its getStats report says: the
 * local and remote candidate types (host, srflx, prflx, relay), how the local candidate reaches its
 * relay (udp, tcp or tls) and which TURN URL gave it.
 */
record IcePath(String localType, String relayProtocol, String relayUrl, String remoteType, String remoteAddress) {

    /**
     * Page script (executeAsyncScript) that reads the selected pair of the page's newest peer
     * connection, or null while no pair is selected and succeeded. "settled" says whether a better
     * pair (higher priority) may still succeed: Chromium, the controlling agent, would then switch
     * to it (a relay pair often wins the first race while NAT holes are still being punched).
     */
    static final String READ_SELECTED_PAIR = """
            var done = arguments[arguments.length - 1];
            var pcs = window.__pdPcs || [];
            var pc = pcs[pcs.length - 1];
            if (!pc) { done(null); return; }
            pc.getStats().then(function (r) {
              var t = null;
              r.forEach(function (s) { if (s.type === 'transport' && s.selectedCandidatePairId) { t = s; } });
              var pair = t ? r.get(t.selectedCandidatePairId) : null;
              if (!pair || pair.state !== 'succeeded') { done(null); return; }
              var l = r.get(pair.localCandidateId), m = r.get(pair.remoteCandidateId);
              // Settled: no pair that would beat the selected one is still being checked.
              var open = 0;
              r.forEach(function (s) {
                if (s.type === 'candidate-pair' && s.priority > pair.priority
                    && (s.state === 'waiting' || s.state === 'in-progress' || s.state === 'frozen')) { open++; }
              });
              done({localType: l.candidateType, relayProtocol: l.relayProtocol || '', relayUrl: l.url || '',
                    remoteType: m.candidateType, remoteAddress: (m.address || '?') + ':' + m.port,
                    settled: open === 0});
            }, function () { done(null); });
            """;

    static boolean settled(Map<?, ?> stats) {
        return Boolean.TRUE.equals(stats.get("settled"));
    }

    static IcePath from(Map<?, ?> stats) {
        return new IcePath(text(stats, "localType"), text(stats, "relayProtocol"), text(stats, "relayUrl"),
                text(stats, "remoteType"), text(stats, "remoteAddress"));
    }

    boolean relayed() {
        return "relay".equals(localType) || "relay".equals(remoteType);
    }

    boolean localRelay() {
        return "relay".equals(localType);
    }

    /** The TURN server port the local relay candidate came from, or -1. */
    int relayPort() {
        String u = relayUrl;
        int q = u.indexOf('?');
        String hostPort = q >= 0 ? u.substring(0, q) : u;
        int colon = hostPort.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** For the report, e.g. "relay (tls, turns:198.18.0.2:443) -> prflx 198.18.1.2:50000". */
    String describe() {
        String local = localRelay() ? "relay (" + relayProtocol + ", " + relayUrl + ")" : localType;
        // Chromium does not expose a peer-reflexive remote candidate's address.
        return local + " -> " + remoteType + (remoteAddress.startsWith("?") ? "" : " " + remoteAddress);
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }
}
