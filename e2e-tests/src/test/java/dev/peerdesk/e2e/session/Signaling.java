package dev.peerdesk.e2e.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real signaling-server jar as a process on a free loopback port, data in a temp dir; or, for
 * the network matrix, inside a namespace on a given address and port.
 */
public final class Signaling implements AutoCloseable {
    static final Path JAR = Path.of("..", "signaling-server", "target", "signaling-server.jar");

    final Path data;
    public final Proc proc;
    public final int port;
    private final String bind;

    Signaling(boolean tamper, String... extra) throws Exception {
        this(List.of(), "127.0.0.1", 0, tamper, extra);
    }

    /** Runs the server behind {@code wrap} (e.g. {@code ip netns exec NS}), listening on {@code bind:port}. */
    public Signaling(List<String> wrap, String bind, int port, String... extra) throws Exception {
        this(wrap, bind, port, false, extra);
    }

    private Signaling(List<String> wrap, String bind, int listenPort, boolean tamper, String... extra) throws Exception {
        this.bind = bind;
        data = Files.createTempDirectory("peerdesk-e2e-signaling-");
        List<String> cmd = new ArrayList<>(wrap);
        cmd.addAll(Proc.java(JAR.toAbsolutePath(), "--port", Integer.toString(listenPort), "--bind", bind,
                "--data-dir", data.resolve("d").toString()));
        String bundle = System.getProperty("peerdesk.e2e.viewerClasses");
        if (bundle != null) {
            // While iterating on the viewer: its freshly compiled bundle ahead of the one in the jar.
            int jar = cmd.indexOf("-jar");
            cmd.set(jar, "-cp");
            cmd.set(jar + 1, bundle + java.io.File.pathSeparator + JAR.toAbsolutePath());
            cmd.add(jar + 2, "dev.peerdesk.signaling.Main");
        }
        cmd.addAll(List.of(extra));
        if (tamper) {
            cmd.add(wrap.size() + 1, "-Dpeerdesk.test.tamperAnswerFingerprint=true");
        }
        Proc p = new Proc("signaling", new ArrayList<>(cmd), null);
        try {
            port = Integer.parseInt(p.await("listening on https://" + java.util.regex.Pattern.quote(bind) + ":(\\d+)/",
                    Duration.ofSeconds(60)));
        } catch (Throwable t) {
            p.close();
            Browser.delete(data);
            throw t;
        }
        proc = p;
    }

    public String url() {
        return "https://" + ("127.0.0.1".equals(bind) ? "localhost" : bind) + ":" + port + "/";
    }

    /** The master key fingerprint the server printed, for a host's --server-key. */
    public String fingerprint() throws InterruptedException {
        return proc.await("master key fingerprint: (SHA256:\\S+)", Duration.ofSeconds(5));
    }

    @Override
    public void close() throws Exception {
        try {
            proc.close();
        } finally {
            Browser.delete(data);
        }
    }
}
