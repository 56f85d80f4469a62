package dev.peerdesk.host.runtime;

import dev.peerdesk.host.signal.SignalEvent;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Opens tunnel sockets to the signaling server the host already trusts: the same HTTP client
 * (TLS setup) and the pinned master key for the server's texts on the tunnel.
 */
final class TunnelDialer {
    static final String DEFAULT_PATH = "/ws/tunnel";

    private final HttpClient http;
    private final URI server;
    private final EnvelopeVerifier verifier;

    TunnelDialer(HttpClient http, URI server, EnvelopeVerifier verifier) {
        this.http = http;
        this.server = server;
        this.verifier = verifier;
    }

    /** {@code https://host:port[/base]} and the granted path to {@code wss://host:port[/base]/ws/tunnel}. */
    static URI uri(URI server, String path) {
        String base = server.getPath() == null ? "" : server.getPath().replaceAll("/+$", "");
        // Only a plain path from the server's grant is used; anything odd falls back to the default.
        String p = path != null && path.matches("/[A-Za-z0-9/_-]{1,63}") ? path : DEFAULT_PATH;
        return URI.create("wss://" + server.getRawAuthority() + base + p);
    }

    TunnelLink dial(SignalEvent.TunnelGrant grant, String hostId, TunnelLink.Receiver receiver) {
        TunnelLink link = new TunnelLink(grant.session(), grant.token(), hostId, verifier, receiver);
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(15))
                .buildAsync(uri(server, grant.path()), link)
                .whenComplete(link::dialed);
        return link;
    }
}
