package dev.peerdesk.signaling.broker;

import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.turn.TurnCredentials;
import java.util.ArrayList;
import java.util.List;

/** The RTCIceServer list handed to both peers of a session, with fresh TURN credentials. */
final class IceServers {
    private final BrokerConfig config;
    private final TurnCredentials turn;

    IceServers(BrokerConfig config) {
        this.config = config;
        this.turn = config.turnSecret() == null ? null : new TurnCredentials(config.turnSecret());
    }

    List<Object> forSession(String session, long now) {
        List<Object> servers = new ArrayList<>();
        if (!config.stunUrls().isEmpty()) {
            servers.add(new JsonObject().put("urls", new ArrayList<Object>(config.stunUrls())));
        }
        if (turn != null && !config.turnUrls().isEmpty()) {
            TurnCredentials.Credential cred = turn.issue(session, now, config.turnTtlSeconds());
            servers.add(new JsonObject().put("urls", new ArrayList<Object>(config.turnUrls()))
                    .put("username", cred.username()).put("credential", cred.password())
                    .put("expiresAt", cred.expiresAtSeconds() * 1000));
        }
        return servers;
    }
}
