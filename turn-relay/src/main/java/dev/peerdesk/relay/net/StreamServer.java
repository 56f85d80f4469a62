package dev.peerdesk.relay.net;

import dev.peerdesk.relay.core.FiveTuple;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/** Accepts TCP or TLS clients on one port and hands each to a {@link StreamConnection}. */
final class StreamServer implements Runnable {
    private final ServerSocket server;
    private final FiveTuple.Protocol protocol;
    private final CoreDriver driver;
    private final InetSocketAddress local;
    private final Set<StreamConnection> connections = ConcurrentHashMap.newKeySet();

    StreamServer(ServerSocket server, FiveTuple.Protocol protocol, CoreDriver driver) {
        this.server = server;
        this.protocol = protocol;
        this.driver = driver;
        this.local = (InetSocketAddress) server.getLocalSocketAddress();
        if (server instanceof SSLServerSocket tls) {
            tls.setNeedClientAuth(false);
        }
    }

    InetSocketAddress local() {
        return local;
    }

    @Override
    public void run() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                if (s instanceof SSLSocket tls) {
                    tls.setSoTimeout(0);
                }
                FiveTuple tuple = new FiveTuple(protocol, local, (InetSocketAddress) s.getRemoteSocketAddress());
                StreamConnection c = new StreamConnection(s, tuple, driver, connections::remove);
                connections.add(c);
                c.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("turn-relay: accept on " + local + ": " + e);
                }
            }
        }
    }

    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
        connections.forEach(StreamConnection::close);
    }
}
