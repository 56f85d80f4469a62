package dev.peerdesk.host.x11;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A private Xvfb for one test class: it picks a free display itself ({@code -displayfd 1} writes
 * the number to our pipe), never a fixed :99, and is killed by pid in {@link #close()}.
 */
public final class XvfbServer implements AutoCloseable {
    public final String display;
    private final Process process;
    private final Path log;

    private XvfbServer(Process process, String display, Path log) {
        this.process = process;
        this.display = display;
        this.log = log;
    }

    /** Starts Xvfb, or skips the test (JUnit assumption) when it is not installed. */
    public static XvfbServer start(int width, int height) throws IOException, InterruptedException {
        Assumptions.assumeTrue(new File("/usr/bin/Xvfb").canExecute() || onPath("Xvfb"),
                "Xvfb is not installed (scripts/test installs the xvfb package as root)");
        Path log = Files.createTempFile("xvfb", ".log");
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp", "-noreset")
                .redirectError(log.toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        String line;
        try {
            line = out.readLine(); // blocks until the server is ready (or exits)
        } catch (IOException e) {
            line = null;
        }
        if (line == null || !line.trim().matches("\\d+")) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            String why = Files.readString(log);
            Files.deleteIfExists(log);
            throw new IOException("Xvfb did not start: " + why);
        }
        return new XvfbServer(p, ":" + line.trim(), log);
    }

    private static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, exe).canExecute()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(log);
    }
}
