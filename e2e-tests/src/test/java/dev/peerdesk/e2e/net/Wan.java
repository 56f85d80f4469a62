package dev.peerdesk.e2e.net;

import dev.peerdesk.e2e.session.Relay;
import dev.peerdesk.e2e.session.Signaling;
import java.util.List;

/**
 * The public side of the matrix: in the WAN namespace, the real signaling server on its own address
 * (HTTPS/WSS on 443) and the real TURN relay on another (UDP+TCP on 5938 and 3478, TLS on 443 and
 * 5349), the ports an operator opens. The ICE servers go out in the seeds' order: 5938, then 443,
 * then the rest.
 */
final class Wan implements AutoCloseable {
    final String signalingAddress;
    final String relayAddress;
    final Relay relay;
    final Signaling signaling;

    Wan(Topology topology) throws Exception {
        signalingAddress = topology.addServerAddress();
        relayAddress = topology.addServerAddress();
        List<String> inWan = List.of(Topology.exec(topology.wan()));
        relay = new Relay(inWan, "--listen", relayAddress, "--port", "5938", "--port", "3478",
                "--tls-port", "443", "--tls-port", "5349", "--relay-ip", relayAddress,
                "--auth-secret", Relay.SECRET, "--stats-interval", "0");
        try {
            signaling = new Signaling(inWan, signalingAddress, 443, iceOptions());
        } catch (Throwable t) {
            relay.close();
            throw t;
        }
    }

    /** The TURN/STUN URLs in the order the server must hand them out. */
    List<String> iceUrls() {
        String r = relayAddress;
        return List.of("stun:" + r + ":5938",
                "turn:" + r + ":5938?transport=udp", "turn:" + r + ":5938?transport=tcp",
                "turns:" + r + ":443?transport=tcp",
                "turn:" + r + ":3478?transport=udp", "turn:" + r + ":3478?transport=tcp",
                "turns:" + r + ":5349?transport=tcp");
    }

    private String[] iceOptions() {
        List<String> urls = iceUrls();
        String[] args = new String[2 + 2 * urls.size()];
        args[0] = "--turn-secret";
        args[1] = Relay.SECRET;
        for (int i = 0; i < urls.size(); i++) {
            args[2 + 2 * i] = urls.get(i).startsWith("stun:") ? "--stun-url" : "--turn-url";
            args[3 + 2 * i] = urls.get(i);
        }
        return args;
    }

    /** The server URL a host is given: the signaling server's HTTPS port (443). */
    String serverUrl() {
        return "https://" + signalingAddress + ":" + signaling.port;
    }

    @Override
    public void close() throws Exception {
        try {
            signaling.close();
        } finally {
            relay.close();
        }
    }
}
