package dev.peerdesk.e2e.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A computer to connect to: a private Xvfb (free display from -displayfd), the pattern app on it
 * and the real host jar enrolled with the given signaling server. Everything stops by pid in close.
 */
public final class Desk implements AutoCloseable {
    static final Path HOST_JAR = Path.of(System.getProperty("peerdesk.e2e.hostJar", "../host/target/host.jar"));
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    final Path data;
    final String display;
    public final String id;
    final Proc app;
    private final List<Proc> procs = new ArrayList<>();

    Desk(Signaling server, String... hostArgs) throws Exception {
        this(List.of(), "https://127.0.0.1:" + server.port, server.fingerprint(), hostArgs);
    }

    /**
     * Xvfb, the pattern app and the host, each started behind {@code wrap} (e.g. {@code ip netns exec NS}
     * for a desk in a namespace), enrolled with the server at {@code serverUrl} pinned to {@code fingerprint}.
     */
    public Desk(List<String> wrap, String serverUrl, String fingerprint, String... hostArgs) throws Exception {
        data = Files.createTempDirectory("peerdesk-e2e-desk-");
        try {
            Proc x = start(new Proc("xvfb", wrapped(wrap, List.of("Xvfb", "-displayfd", "1", "-screen", "0",
                    WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp")), null));
            display = ":" + x.await("^(\\d+)$", Duration.ofSeconds(30));
            app = start(new Proc("pattern", wrapped(wrap, List.of(javaBin(), "-Xmx64m", "-cp",
                    System.getProperty("java.class.path"), PatternApp.class.getName())), null, Map.of("DISPLAY", display)));
            app.await("^painted", Duration.ofSeconds(30));
            List<String> cmd = Proc.java(HOST_JAR.toAbsolutePath(), "--server", serverUrl,
                    "--server-key", fingerprint, "--data-dir", data.resolve("host").toString(), "--display", display);
            cmd.addAll(List.of(hostArgs));
            Proc host = start(new Proc("host", wrapped(wrap, cmd), null, Map.of("DISPLAY", display)));
            id = host.await("PeerDesk ID: (\\d{9})", Duration.ofSeconds(60));
            host.await("One-time password: (\\S+)", Duration.ofSeconds(30));
        } catch (Throwable t) {
            close();
            throw t;
        }
    }

    private static List<String> wrapped(List<String> wrap, List<String> command) {
        List<String> all = new ArrayList<>(wrap);
        all.addAll(command);
        return all;
    }

    /** The one-time password the host printed last (it rotates after each session and failure). */
    public String password() {
        String last = null;
        for (String l : host().linesFrom(0)) {
            if (l.startsWith("One-time password: ")) {
                last = l.substring("One-time password: ".length()).trim();
            }
        }
        return last;
    }

    /** Waits (bounded) until the host printed more one-time passwords than {@code count}. */
    public void awaitPasswordAfter(int count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (host().count("^One-time password: ") <= count && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    public Proc host() {
        return procs.get(2);
    }

    private Proc start(Proc p) {
        procs.add(p);
        return p;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws Exception {
        for (int i = procs.size() - 1; i >= 0; i--) {
            try {
                procs.get(i).close();
            } catch (Exception e) {
                // keep stopping the others
            }
        }
        Browser.delete(data);
    }
}
