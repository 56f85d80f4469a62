package dev.peerdesk.e2e.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates deploy/docker-compose.yml with Debian's docker-compose, whose {@code config} command
 * interpolates and checks the file without a Docker engine (none runs on our machines).
 */
class ComposeFileTest {
    private static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();
    private static final Path COMPOSE = DEPLOY.resolve("docker-compose.yml");

    @BeforeAll
    static void needsDockerCompose() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")),
                "docker-compose is not installed (scripts/test installs it as root)");
    }

    @Test
    void exampleEnvironmentGivesAValidConfiguration() throws Exception {
        Result r = compose(DEPLOY.resolve(".env.example"));
        assertEquals(0, r.exit, r.output);
        // Both services, the relay's ports in the seeds' order, and the secret passed to both.
        assertTrue(r.output.contains("signaling:"), r.output);
        assertTrue(r.output.contains("relay:"), r.output);
        assertTrue(r.output.contains("--port=5938"), r.output);
        assertTrue(r.output.contains("--turn-secret=change-me-to-a-long-random-secret"), r.output);
        assertTrue(r.output.contains("--auth-secret=change-me-to-a-long-random-secret"), r.output);
        int first5938 = r.output.indexOf("--turn-url=turn:peerdesk.example.org:5938");
        int first443 = r.output.indexOf("--turn-url=turns:peerdesk.example.org:5349");
        int first3478 = r.output.indexOf("--turn-url=turn:peerdesk.example.org:3478");
        assertTrue(first5938 >= 0 && first5938 < first443 && first443 < first3478, r.output);
    }

    @Test
    void missingSecretIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path env = dir.resolve("empty.env");
        Files.writeString(env, "PEERDESK_PUBLIC_HOST=peerdesk.example.org\nPEERDESK_RELAY_IP=203.0.113.10\n");
        Result r = compose(env);
        assertNotEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("set PEERDESK_TURN_SECRET in deploy/.env"), r.output);
    }

    private record Result(int exit, String output) {}

    private static Result compose(Path envFile) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/docker-compose", "--env-file",
                envFile.toString(), "-f", COMPOSE.toString(), "config"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("docker-compose config did not finish");
            }
            return new Result(p.exitValue(), out);
        } finally {
            p.destroyForcibly();
        }
    }
}
