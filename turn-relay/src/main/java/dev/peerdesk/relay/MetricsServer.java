package dev.peerdesk.relay;

import com.sun.net.httpserver.HttpServer;
import dev.peerdesk.relay.net.CoreDriver;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** GET /metrics in the Prometheus text format. */
final class MetricsServer {
    private final HttpServer server;

    private MetricsServer(HttpServer server) {
        this.server = server;
    }

    static MetricsServer start(InetAddress listen, int port, CoreDriver driver) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(listen, port), 8);
        s.createContext("/metrics", ex -> {
            byte[] body = driver.counters().prometheus().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        s.start();
        return new MetricsServer(s);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }
}
