package dev.peerdesk.signaling;

import dev.peerdesk.protocol.envelope.EnvelopeSealer;
import dev.peerdesk.signaling.audit.AuditLog;
import dev.peerdesk.signaling.broker.Broker;
import dev.peerdesk.signaling.broker.BrokerConfig;
import dev.peerdesk.signaling.broker.Role;
import dev.peerdesk.crypto.Ed25519;
import dev.peerdesk.signaling.crypto.MasterKey;
import dev.peerdesk.signaling.filter.IpFilter;
import dev.peerdesk.signaling.filter.SourceRateLimiter;
import dev.peerdesk.signaling.metrics.Metrics;
import dev.peerdesk.signaling.store.JournalHostRegistry;
import dev.peerdesk.signaling.tls.TlsMaterial;
import dev.peerdesk.signaling.web.SiteHandler;
import dev.peerdesk.signaling.web.SourceFilterHandler;
import dev.peerdesk.signaling.ws.BrokerRuntime;
import dev.peerdesk.signaling.ws.SignalingEndpoint;
import dev.peerdesk.signaling.tunnel.TunnelConfig;
import dev.peerdesk.signaling.tunnel.TunnelEndpoint;
import dev.peerdesk.signaling.tunnel.TunnelRelay;
import jakarta.websocket.server.ServerEndpointConfig;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Assembles the signaling server: Jetty over TLS, the filter chain (IP filter and WebSocket
 * connect rate, then Jetty's DoSHandler, then the site), the Jakarta WebSocket endpoints
 * {@code /ws/host} and {@code /ws/viewer}, the broker behind them, and the HTTPS tunnel
 * {@code /ws/tunnel} that the broker admits to.
 */
public final class SignalingServer implements AutoCloseable {
    private final ServerConfig config;
    private final InstantSource clock;
    private final SecureRandom random;
    private final Metrics metrics = new Metrics();
    private Server server;
    private ServerConnector connector;
    private JournalHostRegistry registry;
    private AuditLog audit;
    private BrokerRuntime runtime;
    private TunnelRelay tunnels;
    private TunnelConfig tunnelConfig = TunnelConfig.defaults();
    private ScheduledExecutorService ticker;
    private Ed25519 masterKey;
    private TlsMaterial tls;

    private final boolean autoTick;

    public SignalingServer(ServerConfig config, InstantSource clock, SecureRandom random) {
        this(config, clock, random, true);
    }

    /**
     * @param autoTick whether a timer runs the broker's periodic work every second; tests on a
     *     virtual clock pass false and call {@link #tick()} after moving the clock
     */
    public SignalingServer(ServerConfig config, InstantSource clock, SecureRandom random, boolean autoTick) {
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.autoTick = autoTick;
    }

    public void start() throws Exception {
        if (!Files.isDirectory(config.dataDir())) {
            // Owner only: the folder holds the master key, the host IDs and the audit log.
            Files.createDirectories(config.dataDir(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        masterKey = MasterKey.loadOrCreate(config.dataDir(), random);
        tls = TlsMaterial.load(config.tlsCert(), config.tlsKey(), config.dataDir(), random);
        registry = JournalHostRegistry.open(config.dataDir());
        audit = new AuditLog(config.dataDir());
        BrokerConfig bc = BrokerConfig.defaults()
                .withTurn(config.turnSecret(), config.turnUrls(), config.stunUrls(), config.turnTtlSeconds())
                .withMessageRate(config.messageBurst(), config.messagesPerSecond());
        EnvelopeSealer sealer = new EnvelopeSealer(masterKey);
        Broker broker = new Broker(bc, registry, sealer, Ed25519.VERIFIER, random, metrics);
        runtime = new BrokerRuntime(broker, clock, audit);
        tunnels = new TunnelRelay(runtime, tunnelConfig, sealer, random, audit, metrics, clock, System::nanoTime);
        metrics.gauge("tunnels_active", tunnels::activePairs);
        metrics.gauge("hosts_connected", () -> runtime.inspect(broker::hostsOnline));
        metrics.gauge("viewers_connected", () -> runtime.inspect(broker::viewersConnected));
        metrics.gauge("sessions_active", () -> runtime.inspect(broker::activeSessions));
        metrics.gauge("hosts_enrolled", registry::size);
        metrics.gauge("jvm_heap_used_bytes", () -> Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());

        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("signaling");
        server = new Server(threads);
        server.setStopAtShutdown(true);
        server.setStopTimeout(5_000);
        connector = tlsConnector();
        server.addConnector(connector);

        ServletContextHandler ws = new ServletContextHandler();
        ws.setContextPath("/");
        JakartaWebSocketServletContainerInitializer.configure(ws, (context, container) -> {
            container.setDefaultMaxTextMessageBufferSize(config.maxMessageBytes());
            container.setDefaultMaxBinaryMessageBufferSize(config.maxMessageBytes());
            container.setDefaultMaxSessionIdleTimeout(config.idleTimeoutMillis());
            container.addEndpoint(endpoint("/ws/host", Role.HOST));
            container.addEndpoint(endpoint("/ws/viewer", Role.VIEWER));
            container.addEndpoint(ServerEndpointConfig.Builder.create(TunnelEndpoint.class, "/ws/tunnel")
                    .configurator(new ServerEndpointConfig.Configurator() {
                        @Override
                        public <T> T getEndpointInstance(Class<T> type) {
                            return type.cast(new TunnelEndpoint(tunnels));
                        }
                    })
                    .build());
        });
        SiteHandler site = new SiteHandler(ws, masterKey.publicKey(), metrics);
        DoSHandler dos = new DoSHandler(site, DoSHandler.ID_FROM_REMOTE_ADDRESS,
                new DoSHandler.LeakingBucketTrackerFactory(config.httpRequestsPerSecond()),
                new DoSHandler.StatusRejectHandler(429), 100_000);
        SourceRateLimiter wsConnects = new SourceRateLimiter(config.wsConnectBurst(), config.wsConnectsPerSecond(),
                100_000);
        server.setHandler(new SourceFilterHandler(dos, new IpFilter(config.allow(), config.deny()), wsConnects,
                clock, metrics));
        server.start();

        if (!autoTick) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "signaling-tick");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(runtime::tick, 1, 1, TimeUnit.SECONDS);
    }

    private ServerConnector tlsConnector() {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(TlsMaterial.STORE_PASSWORD);
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setStsMaxAge(TimeUnit.DAYS.toSeconds(365));
        // A self-signed certificate names only localhost: clients that reach us by another name or
        // address still get served; the operator's real certificate is checked by browsers anyway.
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(http));
        c.setHost(config.bind());
        c.setPort(config.port());
        c.setIdleTimeout(config.idleTimeoutMillis());
        return c;
    }

    private ServerEndpointConfig endpoint(String path, Role role) {
        return ServerEndpointConfig.Builder.create(SignalingEndpoint.class, path)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> type) {
                        return type.cast(new SignalingEndpoint(runtime, role, metrics));
                    }
                })
                .build();
    }

    /** Replaces the tunnel limits; call before {@link #start()}. */
    public SignalingServer withTunnel(TunnelConfig config) {
        this.tunnelConfig = config;
        return this;
    }

    /** Observes what the HTTPS tunnel forwards (tests: it must be ciphertext); call after {@link #start()}. */
    public void tunnelTap(TunnelRelay.Tap tap) {
        tunnels.tap(tap);
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public byte[] masterPublicKey() {
        return masterKey.publicKey();
    }

    public TlsMaterial tls() {
        return tls;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Runs the broker's periodic work now (tests call it after moving a virtual clock). */
    public void tick() {
        runtime.tick();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (server != null) {
            server.stop();
        }
        if (tunnels != null) {
            tunnels.close();
        }
        closeQuietly(registry);
        closeQuietly(audit);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("close failed: " + e);
            }
        }
    }
}
