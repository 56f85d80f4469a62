package dev.peerdesk.signaling;

import dev.peerdesk.signaling.filter.Cidr;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the command line can set. See {@link dev.peerdesk.signaling.cli.Options} for the
 * meaning and default of each.
 */
public record ServerConfig(String bind, int port, Path dataDir, Path tlsCert, Path tlsKey,
        String turnSecret, List<String> turnUrls, List<String> stunUrls, long turnTtlSeconds,
        List<Cidr> allow, List<Cidr> deny, int maxMessageBytes, long idleTimeoutMillis,
        double wsConnectBurst, double wsConnectsPerSecond, int httpRequestsPerSecond,
        double messageBurst, double messagesPerSecond) {

    public ServerConfig {
        turnUrls = List.copyOf(turnUrls);
        stunUrls = List.copyOf(stunUrls);
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
    }

    /** Defaults for everything but the data dir; port 0 picks a free port (tests). */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig("0.0.0.0", 8443, dataDir, null, null, null, List.of(), List.of(), 3600,
                List.of(), List.of(), 65_536, 120_000, 20, 5, 100, 60, 20);
    }

    public ServerConfig withPort(String bind, int port) {
        return new ServerConfig(bind, port, dataDir, tlsCert, tlsKey, turnSecret, turnUrls, stunUrls, turnTtlSeconds,
                allow, deny, maxMessageBytes, idleTimeoutMillis, wsConnectBurst, wsConnectsPerSecond,
                httpRequestsPerSecond, messageBurst, messagesPerSecond);
    }

    public ServerConfig withFilters(List<Cidr> allow, List<Cidr> deny) {
        return new ServerConfig(bind, port, dataDir, tlsCert, tlsKey, turnSecret, turnUrls, stunUrls, turnTtlSeconds,
                allow, deny, maxMessageBytes, idleTimeoutMillis, wsConnectBurst, wsConnectsPerSecond,
                httpRequestsPerSecond, messageBurst, messagesPerSecond);
    }

    public ServerConfig withTurn(String secret, List<String> turn, List<String> stun) {
        return new ServerConfig(bind, port, dataDir, tlsCert, tlsKey, secret, turn, stun, turnTtlSeconds,
                allow, deny, maxMessageBytes, idleTimeoutMillis, wsConnectBurst, wsConnectsPerSecond,
                httpRequestsPerSecond, messageBurst, messagesPerSecond);
    }

    public ServerConfig withRates(double wsBurst, double wsPerSecond, int httpPerSecond, double msgBurst,
            double msgPerSecond) {
        return new ServerConfig(bind, port, dataDir, tlsCert, tlsKey, turnSecret, turnUrls, stunUrls, turnTtlSeconds,
                allow, deny, maxMessageBytes, idleTimeoutMillis, wsBurst, wsPerSecond, httpPerSecond, msgBurst,
                msgPerSecond);
    }
}
