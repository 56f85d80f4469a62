package dev.peerdesk.signaling;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Jetty WebSocket clients, one per 127.x source address, that trust exactly the test server's
 * self-signed certificate (no trust-all shortcut: the TLS path is the real one).
 */
final class Clients implements AutoCloseable {
    private final TestServer server;
    private final QueuedThreadPool threads = new QueuedThreadPool(256, 2);
    private final Map<String, WebSocketClient> bySource = new HashMap<>();

    Clients(TestServer server) throws Exception {
        this.server = server;
        threads.setName("test-clients");
        threads.start();
    }

    synchronized WebSocketClient client(String source) throws Exception {
        WebSocketClient c = bySource.get(source);
        if (c == null) {
            SslContextFactory.Client ssl = new SslContextFactory.Client();
            ssl.setTrustStore(trustStore(server.dataDir.resolve("tls-cert.pem")));
            HttpClient http = new HttpClient();
            http.setSslContextFactory(ssl);
            http.setExecutor(threads);
            http.setBindAddress(new InetSocketAddress(source, 0));
            c = new WebSocketClient(http);
            c.setMaxTextMessageSize(1 << 20);
            c.start();
            bySource.put(source, c);
        }
        return c;
    }

    /** A connected peer on {@code /ws/<role>} from {@code source}. */
    Peer connect(String role, String source) throws Exception {
        Peer p = new Peer(server.clock, server.server.masterPublicKey());
        client(source).connect(p, server.ws(role)).get(Peer.WAIT_SECONDS, TimeUnit.SECONDS);
        return p;
    }

    Peer connect(String role) throws Exception {
        return connect(role, "127.0.0.1");
    }

    static KeyStore trustStore(Path pem) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (var in = java.nio.file.Files.newInputStream(pem)) {
            ks.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        return ks;
    }

    /** Stops the client of one source (its connections close); tests with many sources call it. */
    synchronized void release(String source) throws Exception {
        WebSocketClient c = bySource.remove(source);
        if (c != null) {
            c.stop();
            c.getHttpClient().stop();
        }
    }

    URI uri(String role) {
        return server.ws(role);
    }

    @Override
    public synchronized void close() throws Exception {
        for (WebSocketClient c : bySource.values()) {
            c.stop();
            c.getHttpClient().stop();
        }
        bySource.clear();
        threads.stop();
    }
}
