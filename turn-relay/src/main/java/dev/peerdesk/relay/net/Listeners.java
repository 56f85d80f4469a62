package dev.peerdesk.relay.net;

import dev.peerdesk.relay.RelayConfig;
import dev.peerdesk.relay.core.FiveTuple;
import dev.peerdesk.relay.core.RelayPorts;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Binds and runs every listener: each port for UDP and TCP on the same number, TLS ports, and the
 * UDP engine that also owns the relayed sockets.
 */
public final class Listeners {
    private final RelayConfig config;
    private final DeferredPorts ports = new DeferredPorts();
    private final InetAddress relayIp;
    private final List<Integer> bound = new ArrayList<>();
    private final List<Integer> tlsBound = new ArrayList<>();
    private final List<StreamServer> streams = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private UdpEngine udp;

    public Listeners(RelayConfig config, InetAddress relayIp) {
        this.config = config;
        this.relayIp = relayIp;
    }

    /** The core is built before the engine: it gets this forwarding view of the engine's ports. */
    public RelayPorts relayPorts() {
        return ports;
    }

    public void start(CoreDriver driver, SSLContext tls) throws IOException {
        udp = new UdpEngine(driver, relayIp, config.minPort, config.maxPort, config.socketBuffer);
        ports.engine = udp;
        driver.attach(udp);
        List<Integer> wanted = config.ports.isEmpty() ? List.of(3478) : config.ports;
        for (int port : wanted) {
            bindUdpAndTcp(driver, port);
        }
        for (int port : config.tlsPorts) {
            ServerSocket s = tls.getServerSocketFactory().createServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(config.listen, port), 128);
            StreamServer server = new StreamServer(s, FiveTuple.Protocol.TLS, driver);
            tlsBound.add(s.getLocalPort());
            run(server, "turn-tls-accept " + s.getLocalPort());
            streams.add(server);
        }
        run(udp, "turn-udp");
    }

    /** Same port number for UDP and TCP; with port 0 retries until an ephemeral number is free for both. */
    private void bindUdpAndTcp(CoreDriver driver, int port) throws IOException {
        for (int attempt = 0; ; attempt++) {
            InetSocketAddress u = udp.listen(new InetSocketAddress(config.listen, port));
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            try {
                s.bind(new InetSocketAddress(config.listen, u.getPort()), 128);
            } catch (BindException e) {
                s.close();
                udp.closeListener(u);
                if (port != 0 || attempt == 20) {
                    throw e;
                }
                continue;
            }
            bound.add(u.getPort());
            StreamServer server = new StreamServer(s, FiveTuple.Protocol.TCP, driver);
            run(server, "turn-tcp-accept " + u.getPort());
            streams.add(server);
            return;
        }
    }

    private void run(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        threads.add(t);
    }

    public List<Integer> ports() {
        return List.copyOf(bound);
    }

    public List<Integer> tlsPorts() {
        return List.copyOf(tlsBound);
    }

    public void stop() {
        streams.forEach(StreamServer::stop);
        if (udp != null) {
            udp.stop();
        }
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class DeferredPorts implements RelayPorts {
        volatile UdpEngine engine;

        @Override
        public InetSocketAddress open(boolean evenPort) {
            return engine.open(evenPort);
        }

        @Override
        public InetSocketAddress[] openPair() {
            return engine.openPair();
        }

        @Override
        public void close(InetSocketAddress relayed) {
            engine.close(relayed);
        }
    }
}
