package dev.peerdesk.transport.ice;

import java.net.InetSocketAddress;

/**
 * Where to gather non-host candidates: a STUN server for server-reflexive ones and a TURN server
 * (RFC 8656 over UDP, long-term credentials, e.g. the signaling server's ephemeral coturn-REST pair) for
 * relayed ones. Either may be null. TURN over TCP/TLS is the browser's fallback, not the host's: ice4j
 * allocates over TCP only from TCP host candidates, which a data-channel peer does not gather.
 */
public record IceServers(InetSocketAddress stun, InetSocketAddress turn, String turnUsername, String turnPassword) {
    public static final IceServers NONE = new IceServers(null, null, null, null);

    public IceServers {
        if (turn != null && (turnUsername == null || turnPassword == null)) {
            throw new IllegalArgumentException("a TURN server needs a username and a password");
        }
    }

    public static IceServers stunOnly(InetSocketAddress stun) {
        return new IceServers(stun, null, null, null);
    }

    public static IceServers turn(InetSocketAddress turn, String username, String password) {
        return new IceServers(null, turn, username, password);
    }

    /** Both servers, as a deployment with its own relay configures them. */
    public IceServers withStun(InetSocketAddress stunServer) {
        return new IceServers(stunServer, turn, turnUsername, turnPassword);
    }
}
