package dev.peerdesk.transport.ice;

import java.net.InetSocketAddress;

/**
 * Where to gather non-host candidates: a STUN server for server-reflexive ones and a TURN server
 * (RFC 8656, long-term credentials, e.g. the signaling server's ephemeral coturn-REST pair) for relayed
 * ones. Either may be null.
 */
public record IceServers(InetSocketAddress stun, InetSocketAddress turn, boolean turnOverTcp, String turnUsername,
                         String turnPassword) {
    public static final IceServers NONE = new IceServers(null, null, false, null, null);

    public IceServers {
        if (turn != null && (turnUsername == null || turnPassword == null)) {
            throw new IllegalArgumentException("a TURN server needs a username and a password");
        }
    }

    public static IceServers stunOnly(InetSocketAddress stun) {
        return new IceServers(stun, null, false, null, null);
    }

    public static IceServers turn(InetSocketAddress turn, boolean overTcp, String username, String password) {
        return new IceServers(null, turn, overTcp, username, password);
    }
}
