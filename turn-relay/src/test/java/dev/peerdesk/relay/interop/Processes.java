package dev.peerdesk.relay.interop;

import java.io.File;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts external programs for interop tests and stops each by its own process handle. */
final class Processes implements AutoCloseable {
    private final List<Process> started = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** A UDP port that is free for both UDP and TCP right now (the program binds it next). */
    static int freePort() throws IOException {
        for (int i = 0; i < 50; i++) {
            try (DatagramSocket u = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                int p = u.getLocalPort();
                try (ServerSocket t = new ServerSocket()) {
                    t.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), p));
                    return p;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no free port");
    }

    Process start(List<String> command) throws IOException {
        Path log = Files.createTempFile("relay-interop", ".log");
        logs.add(log);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    /** Runs to completion (bounded) and returns exit code and output. */
    Result run(List<String> command, long timeoutSeconds) throws Exception {
        Process p = start(command);
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        return new Result(done ? p.exitValue() : -1, output(p));
    }

    String output(Process p) throws IOException {
        return Files.readString(logs.get(started.indexOf(p)), StandardCharsets.UTF_8);
    }

    record Result(int exit, String output) {
    }

    @Override
    public void close() throws Exception {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        for (Path l : logs) {
            Files.deleteIfExists(l);
        }
    }
}
