package dev.peerdesk.signaling;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.UnaryOperator;

/** A real signaling server on 127.0.0.1, an ephemeral port, a temp data dir and a virtual clock. */
final class TestServer implements AutoCloseable {
    static final long T0 = 1_800_000_000_000L;

    final Path dataDir;
    final VirtualClock clock;
    final SignalingServer server;

    private TestServer(Path dataDir, VirtualClock clock, SignalingServer server) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.server = server;
    }

    static TestServer start(Path dataDir) throws Exception {
        return start(dataDir, new VirtualClock(T0), c -> c);
    }

    static TestServer start(Path dataDir, VirtualClock clock, UnaryOperator<ServerConfig> tweak) throws Exception {
        return start(dataDir, clock, tweak, dev.peerdesk.signaling.tunnel.TunnelConfig.defaults());
    }

    static TestServer start(Path dataDir, VirtualClock clock, UnaryOperator<ServerConfig> tweak,
            dev.peerdesk.signaling.tunnel.TunnelConfig tunnel) throws Exception {
        ServerConfig config = tweak.apply(ServerConfig.defaults(dataDir).withPort("127.0.0.1", 0)
                .withTurn("s3cret", java.util.List.of("turn:relay.example:5938?transport=udp"),
                        java.util.List.of("stun:relay.example:3478")));
        SignalingServer s = new SignalingServer(config, clock, new SecureRandom(), false).withTunnel(tunnel);
        try {
            s.start();
        } catch (Exception e) {
            s.close();
            throw e;
        }
        return new TestServer(dataDir, clock, s);
    }

    URI ws(String role) {
        return URI.create("wss://127.0.0.1:" + server.port() + "/ws/" + role);
    }

    URI https(String path) {
        return URI.create("https://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
