package dev.peerdesk.host.runtime;

import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.transport.ice.IceServers;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

/**
 * The server's RTCIceServer list (STUN URLs; TURN URLs with the session's credentials) as the
 * transport's {@link IceServers}: the first STUN server and the first UDP TURN server. The
 * transport allocates UDP relays only; TCP/TLS TURN URLs are for browsers behind UDP-blocking
 * firewalls and are skipped here.
 */
final class IceConfig {
    private IceConfig() {}

    static IceServers from(List<?> servers) {
        InetSocketAddress stun = null;
        InetSocketAddress turn = null;
        String user = null;
        String pass = null;
        for (Object o : servers) {
            if (!(o instanceof JsonObject s) || !(s.get("urls") instanceof List<?> urls)) {
                continue;
            }
            for (Object u : urls) {
                if (!(u instanceof String url)) {
                    continue;
                }
                if (url.startsWith("stun:") && stun == null) {
                    stun = address(url.substring(5), 3478);
                } else if (url.startsWith("turn:") && turn == null && s.get("username") instanceof String n
                        && s.get("credential") instanceof String c) {
                    String rest = url.substring(5);
                    int q = rest.indexOf('?');
                    if (q >= 0 && !rest.substring(q).contains("transport=udp")) {
                        continue;
                    }
                    turn = address(q >= 0 ? rest.substring(0, q) : rest, 3478);
                    user = n;
                    pass = c;
                }
            }
        }
        return new IceServers(stun, turn, turn == null ? null : user, turn == null ? null : pass);
    }

    /** {@code host[:port]} or {@code [v6]:port}; resolved now (the transport needs an address). */
    private static InetSocketAddress address(String hostPort, int defaultPort) {
        URI u = URI.create("x://" + hostPort);
        if (u.getHost() == null) {
            return null;
        }
        return new InetSocketAddress(u.getHost(), u.getPort() < 0 ? defaultPort : u.getPort());
    }
}
