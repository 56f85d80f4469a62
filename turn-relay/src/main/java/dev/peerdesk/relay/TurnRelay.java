package dev.peerdesk.relay;

import dev.peerdesk.relay.auth.Credentials;
import dev.peerdesk.relay.auth.Nonces;
import dev.peerdesk.relay.core.Counters;
import dev.peerdesk.relay.core.PeerFilter;
import dev.peerdesk.relay.core.TurnCore;
import dev.peerdesk.relay.core.TurnPolicy;
import dev.peerdesk.relay.net.CoreDriver;
import dev.peerdesk.relay.net.Listeners;
import dev.peerdesk.relay.net.TlsContexts;
import dev.peerdesk.relay.stun.Messages;
import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * The TURN relay as a component: {@link #start} binds everything and returns once it is ready,
 * {@link #stop} closes every socket and thread. The signaling server embeds it this way in dev
 * mode; {@link Main} is the command line around it.
 */
public final class TurnRelay implements AutoCloseable {
    private final RelayConfig config;
    private final CoreDriver driver;
    private final Listeners listeners;
    private final ScheduledExecutorService timer;
    private final MetricsServer metrics;
    private final InetAddress relayIp;

    private TurnRelay(RelayConfig config, CoreDriver driver, Listeners listeners, ScheduledExecutorService timer,
            MetricsServer metrics, InetAddress relayIp) {
        this.config = config;
        this.driver = driver;
        this.listeners = listeners;
        this.timer = timer;
        this.metrics = metrics;
        this.relayIp = relayIp;
    }

    public static TurnRelay start(RelayConfig config) throws IOException, GeneralSecurityException {
        config.validate();
        Messages.warmUp();
        InetAddress relayIp = config.relayIp != null ? config.relayIp : LocalAddresses.relayDefault(config.listen);
        SecureRandom random = new SecureRandom();
        byte[] nonceKey = new byte[32];
        random.nextBytes(nonceKey);
        TurnPolicy policy = TurnPolicy.of(config.realm,
                new PeerFilter(config.allowLoopbackPeers, config.allowedPeers, config.deniedPeers),
                config.maxAllocationsPerUser, config.maxBpsPerAllocation);
        SSLContext tls = null;
        if (!config.tlsPorts.isEmpty()) {
            tls = config.tlsCert != null ? TlsContexts.fromPem(config.tlsCert, config.tlsKey)
                    : TlsContexts.selfSigned(config.realm);
        }
        Listeners listeners = new Listeners(config, relayIp);
        TurnCore core = new TurnCore(policy, new Credentials(config.realm, config.users, config.authSecret),
                new Nonces(nonceKey, 600_000), listeners.relayPorts(), random.nextLong());
        CoreDriver driver = new CoreDriver(core, System::currentTimeMillis);
        if (config.captureForwarded != null) {
            driver.capture(new ForwardCapture(config.captureForwarded));
        }
        MetricsServer metrics = null;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "turn-relay-timer");
            t.setDaemon(true);
            return t;
        });
        try {
            listeners.start(driver, tls);
            if (config.metricsPort >= 0) {
                metrics = MetricsServer.start(config.listen, config.metricsPort, driver);
            }
        } catch (IOException | RuntimeException e) {
            listeners.stop();
            timer.shutdownNow();
            throw e;
        }
        timer.scheduleWithFixedDelay(driver::tick, 1, 1, TimeUnit.SECONDS);
        if (config.statsIntervalSeconds > 0) {
            long[] last = {-1};
            timer.scheduleWithFixedDelay(() -> {
                Counters.Snapshot s = driver.counters();
                long activity = s.requests() + s.packetsToPeers() + s.packetsToClients();
                if (activity != last[0]) {
                    last[0] = activity;
                    System.out.println("turn-relay stats: " + s.line());
                }
            }, config.statsIntervalSeconds, config.statsIntervalSeconds, TimeUnit.SECONDS);
        }
        return new TurnRelay(config, driver, listeners, timer, metrics, relayIp);
    }

    /** Bound UDP (and TCP, same numbers) listener ports, in the order configured. */
    public List<Integer> ports() {
        return listeners.ports();
    }

    public List<Integer> tlsPorts() {
        return listeners.tlsPorts();
    }

    /** The bound /metrics port, or -1. */
    public int metricsPort() {
        return metrics == null ? -1 : metrics.port();
    }

    public InetAddress relayIp() {
        return relayIp;
    }

    public RelayConfig config() {
        return config;
    }

    public Counters.Snapshot counters() {
        return driver.counters();
    }

    public void stop() {
        timer.shutdownNow();
        if (metrics != null) {
            metrics.stop();
        }
        listeners.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
