package dev.peerdesk.host.runtime;

import dev.peerdesk.signaling.ServerConfig;
import dev.peerdesk.signaling.SignalingServer;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;

/** The real signaling server in process: 127.0.0.1, an ephemeral port (or a given one), real clock. */
final class RealServer implements AutoCloseable {
    final SignalingServer server;
    final Path dataDir;

    private RealServer(SignalingServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static RealServer start(Path dataDir, int port) throws Exception {
        ServerConfig config = ServerConfig.defaults(dataDir).withPort("127.0.0.1", port)
                .withTurn("s3cret", List.of(), List.of());
        SignalingServer s = new SignalingServer(config, InstantSource.system(), new SecureRandom(), true);
        try {
            s.start();
        } catch (Exception e) {
            s.close();
            throw e;
        }
        return new RealServer(s, dataDir);
    }

    URI https() {
        return URI.create("https://127.0.0.1:" + server.port());
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
