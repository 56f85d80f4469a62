package dev.peerdesk.e2e.session;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.time.Duration;

/** The real turn-relay jar on loopback, a free port, loopback peers allowed (everything here is local). */
public final class Relay implements AutoCloseable {
    static final Path JAR = Path.of("..", "turn-relay", "target", "turn-relay.jar");
    public static final String SECRET = "e2e-turn-secret-not-for-real-use";

    public final Proc proc;
    public final int port;

    /** The relay behind {@code wrap} (e.g. {@code ip netns exec NS}) with exactly {@code args}; port is its first. */
    public Relay(List<String> wrap, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(wrap);
        cmd.addAll(Proc.java(JAR.toAbsolutePath(), args));
        proc = started(cmd);
        port = firstPort(proc);
    }

    Relay(String... extra) throws Exception {
        List<String> cmd = Proc.java(JAR.toAbsolutePath(), "--listen", "127.0.0.1", "--port", "0",
                "--auth-secret", SECRET, "--allow-loopback-peers", "--stats-interval", "0");
        cmd.addAll(List.of(extra));
        // The host's candidates are this machine's own addresses, private ones included on CI.
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    cmd.addAll(List.of("--allowed-peer", a.getHostAddress() + "/32"));
                }
            }
        }
        proc = started(cmd);
        port = firstPort(proc);
    }

    /** Starts the relay; once it has said its ports it is ready, else it is stopped again. */
    private static Proc started(List<String> cmd) throws Exception {
        Proc p = new Proc("relay", cmd, null);
        try {
            firstPort(p);
            return p;
        } catch (Throwable t) {
            p.close();
            throw t;
        }
    }

    private static int firstPort(Proc p) throws InterruptedException {
        return Integer.parseInt(p.await("udp\\+tcp \\[(\\d+)", Duration.ofSeconds(60)));
    }

    @Override
    public void close() throws Exception {
        proc.close();
    }
}
