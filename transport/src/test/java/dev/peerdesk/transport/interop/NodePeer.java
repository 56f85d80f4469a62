package dev.peerdesk.transport.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.json.Json;

/**
 * node-datachannel (libdatachannel + usrsctp) running src/test/node/offerer.mjs: commands as JSON lines on
 * its stdin, events as JSON lines from its stdout. Closing kills the process.
 */
final class NodePeer implements AutoCloseable {
    static final Path DIR = Path.of("src/test/node");
    private static final Json JSON = new Json();

    private final Process process;
    private final OutputStream stdin;
    private final List<Map<String, Object>> events = new ArrayList<>();
    private final Thread reader;

    private NodePeer(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.reader = new Thread(this::read, "node-peer-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static NodePeer start() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIR.resolve("node_modules/node-datachannel")),
                "node-datachannel is not installed: run scripts/test (npm ci in " + DIR + ")");
        Process p;
        try {
            p = new ProcessBuilder("node", "offerer.mjs").directory(DIR.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            Assumptions.abort("node is not installed: " + e.getMessage());
            throw e;
        }
        return new NodePeer(p);
    }

    @SuppressWarnings("unchecked")
    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Map<String, Object> ev = JSON.toType(line, Map.class);
                synchronized (events) {
                    events.add(ev);
                    events.notifyAll();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the process ended; waiters time out with a clear message
        }
    }

    synchronized void command(Map<String, Object> cmd) throws IOException {
        stdin.write((JSON.toJson(cmd).replace("\n", "") + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** Events seen so far whose {@code ev} is {@code name}, in order. */
    List<Map<String, Object>> events(String name) {
        synchronized (events) {
            return events.stream().filter(e -> name.equals(e.get("ev"))).toList();
        }
    }

    /** Waits (bounded) for the first event matching. */
    Map<String, Object> await(String what, long seconds, Predicate<Map<String, Object>> p) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (events) {
            while (true) {
                for (Map<String, Object> e : events) {
                    if (p.test(e)) {
                        return e;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("node peer: timed out waiting for " + what + "; events " + summary());
                }
                events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    private String summary() {
        return events.stream().map(e -> String.valueOf(e.get("ev")) + (e.containsKey("label") ? ":" + e.get("label") : ""))
                .toList().toString();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            command(Map.of("cmd", "exit"));
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
