package dev.peerdesk.e2e.session;

import java.nio.file.Path;
import java.time.Duration;

/** The real turn-relay jar on loopback, a free port, loopback peers allowed (everything here is local). */
final class Relay implements AutoCloseable {
    static final Path JAR = Path.of("..", "turn-relay", "target", "turn-relay.jar");
    static final String SECRET = "e2e-turn-secret-not-for-real-use";

    final Proc proc;
    final int port;

    Relay() throws Exception {
        Proc p = new Proc("relay", Proc.java(JAR.toAbsolutePath(), "--listen", "127.0.0.1", "--port", "0",
                "--auth-secret", SECRET, "--allow-loopback-peers", "--stats-interval", "0"), null);
        try {
            port = Integer.parseInt(p.await("udp\\+tcp \\[(\\d+)", Duration.ofSeconds(60)));
        } catch (Throwable t) {
            p.close();
            throw t;
        }
        proc = p;
    }

    @Override
    public void close() throws Exception {
        proc.close();
    }
}
