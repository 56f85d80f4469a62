package dev.peerdesk.transport.ice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * coturn on 127.0.0.1 for tests (user test:test, realm x), with its pid file and database in a temp
 * directory so parallel runs do not meet. Closing kills it and deletes the directory.
 */
public final class Coturn implements AutoCloseable {
    public static final String USER = "test";
    public static final String PASSWORD = "test";
    private static final String BINARY = "/usr/bin/turnserver";

    private final Process process;
    private final Path dir;
    public final int port;
    public final int minRelayPort;
    public final int maxRelayPort;

    private Coturn(Process process, Path dir, int port, int minRelayPort, int maxRelayPort) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.minRelayPort = minRelayPort;
        this.maxRelayPort = maxRelayPort;
    }

    public static Coturn start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(BINARY)), "coturn is not installed (scripts/test installs it)");
        int port;
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // the kernel's free ephemeral port; coturn cannot take 0 itself
        }
        // relay ports: a random block of 200 above the usual ephemeral range's start
        int min = 50_000 + (int) (Math.random() * 70) * 200;
        int max = min + 199;
        Path dir = Files.createTempDirectory("peerdesk-coturn");
        Process p = new ProcessBuilder(BINARY, "-n", "--listening-ip", "127.0.0.1", "--relay-ip", "127.0.0.1",
                "-p", String.valueOf(port), "--min-port", String.valueOf(min), "--max-port", String.valueOf(max),
                "--lt-cred-mech", "--user", USER + ":" + PASSWORD, "--realm", "x", "--no-tls", "--no-dtls",
                "--allow-loopback-peers", "--no-cli", "--log-file", "stdout", "--simple-log",
                "--pidfile", dir.resolve("pid").toString(), "--userdb", dir.resolve("db").toString())
                .redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("Total General servers")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // coturn exited
            }
        }, "coturn-log");
        t.setDaemon(true);
        t.start();
        Coturn c = new Coturn(p, dir, port, min, max);
        if (!ready.await(20, TimeUnit.SECONDS)) {
            c.close();
            throw new IllegalStateException("coturn did not start");
        }
        return c;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
