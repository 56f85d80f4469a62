package dev.peerdesk.e2e.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short system commands (ip, iptables) and fails loudly with their output. */
final class Shell {
    private Shell() {}

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(String.join(" ", command) + ": timed out");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue()
                            + ": " + out.strip());
                }
                return out;
            } finally {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Like {@link #run} but ignores failure: for cleanup, which must go on after an error. */
    static void quietly(String... command) {
        try {
            run(command);
        } catch (IllegalStateException ignored) {
            // Cleanup continues; whatever is left is reported by the caller's check.
        }
    }

    static String[] inNamespace(String namespace, String... command) {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }
}
