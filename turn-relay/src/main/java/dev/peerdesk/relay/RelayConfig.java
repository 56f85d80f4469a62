package dev.peerdesk.relay;

import dev.peerdesk.relay.core.Cidr;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the relay needs to start. Port 0 binds an ephemeral port (tests, embedding); the
 * bound ports are then read from {@link TurnRelay}. Mutable builder-style fields, read once at start.
 */
public final class RelayConfig {
    public InetAddress listen;
    /** UDP+TCP listener ports (each port is bound for both). Empty means 3478. */
    public final List<Integer> ports = new ArrayList<>();
    public final List<Integer> tlsPorts = new ArrayList<>();
    public Path tlsCert;
    public Path tlsKey;
    public String realm = "peerdesk";
    /** The coturn REST-scheme secret; null accepts static users only. */
    public String authSecret;
    public final Map<String, String> users = new LinkedHashMap<>();
    /** The address relayed sockets bind to and hand out; null means the listen address or a local one. */
    public InetAddress relayIp;
    public int minPort = 49152;
    public int maxPort = 65535;
    public boolean allowLoopbackPeers;
    public final List<Cidr> allowedPeers = new ArrayList<>();
    public final List<Cidr> deniedPeers = new ArrayList<>();
    public int maxAllocationsPerUser;
    public long maxBpsPerAllocation;
    /** Port for the HTTP /metrics endpoint on the listen address; -1 for none. */
    public int metricsPort = -1;
    /** Seconds between log lines with the counters; 0 for none. */
    public int statsIntervalSeconds = 60;
    /** File every relayed payload is appended to (both directions); null for none. */
    public java.nio.file.Path captureForwarded;
    /** UDP socket buffer size asked of the kernel, in bytes. */
    public int socketBuffer = 4 << 20;

    public RelayConfig() {
        this.listen = InetAddress.getLoopbackAddress();
    }

    public void validate() {
        if (authSecret == null && users.isEmpty()) {
            throw new IllegalArgumentException("give --auth-secret and/or --user: a relay without credentials is an open proxy");
        }
        if (minPort < 1 || maxPort > 65535 || minPort > maxPort) {
            throw new IllegalArgumentException("bad relay port range " + minPort + "-" + maxPort);
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        if (realm.isEmpty()) {
            throw new IllegalArgumentException("empty realm");
        }
    }
}
