package dev.peerdesk.e2e.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The real signaling-server jar as a process on a free loopback port, data in a temp dir. */
final class Signaling implements AutoCloseable {
    static final Path JAR = Path.of("..", "signaling-server", "target", "signaling-server.jar");

    final Path data;
    final Proc proc;
    final int port;

    Signaling(boolean tamper, String... extra) throws Exception {
        data = Files.createTempDirectory("peerdesk-e2e-signaling-");
        List<String> cmd = Proc.java(JAR.toAbsolutePath(), "--port", "0", "--bind", "127.0.0.1",
                "--data-dir", data.resolve("d").toString());
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
            cmd.add(1, "-Dpeerdesk.test.tamperAnswerFingerprint=true");
        }
        Proc p = new Proc("signaling", new ArrayList<>(cmd), null);
        try {
            port = Integer.parseInt(p.await("listening on https://127\\.0\\.0\\.1:(\\d+)/", Duration.ofSeconds(60)));
        } catch (Throwable t) {
            p.close();
            Browser.delete(data);
            throw t;
        }
        proc = p;
    }

    String url() {
        return "https://localhost:" + port + "/";
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
