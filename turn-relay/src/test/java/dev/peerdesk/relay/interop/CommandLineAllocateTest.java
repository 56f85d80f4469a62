package dev.peerdesk.relay.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.peerdesk.relay.auth.Credentials;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: {@code java ... Main --listen 127.0.0.1 --port P --realm peerdesk --auth-secret SECRET}
 * (the jar's main class, in its own JVM, on a free port instead of 3478) starts the relay and
 * coturn's client allocates through it with REST credentials.
 */
class CommandLineAllocateTest {

    @Test
    void theDocumentedCommandLineServesAnAllocation() throws Exception {
        assumeTrue(Processes.onPath("turnutils_uclient"), "coturn's turnutils_uclient not installed");
        try (Processes procs = new Processes()) {
            int port = Processes.freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process relay = procs.start(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "dev.peerdesk.relay.Main", "--listen", "127.0.0.1", "--port", String.valueOf(port),
                    "--realm", "peerdesk", "--auth-secret", "SECRET"));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!procs.output(relay).contains("turn-relay listening on 127.0.0.1 udp+tcp [" + port + "]")) {
                assertTrue(relay.isAlive(), "relay exited:\n" + procs.output(relay));
                assertTrue(System.nanoTime() < deadline, "relay did not start:\n" + procs.output(relay));
                Thread.sleep(50); // polling a log file: there is no event to wait on
            }
            String user = (System.currentTimeMillis() / 1000 + 600) + ":acceptance";
            int peerPort = Processes.freePort();
            Processes.Result r = procs.run(List.of("turnutils_uclient", "-v", "-p", String.valueOf(port),
                    "-u", user, "-w", Credentials.restPassword("SECRET", user),
                    "-e", "127.0.0.1", "-r", String.valueOf(peerPort), "-n", "1", "-m", "1", "127.0.0.1"), 60);
            assertTrue(r.output().contains("Received relay addr: 127.0.0.1:"), r.output());
        }
    }
}
