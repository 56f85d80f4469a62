package dev.peerdesk.host.runtime;

import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.cli.HostOptions;
import dev.peerdesk.host.cli.HostServices;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.signal.MasterKeyPin;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code java -jar host.jar --server URL}: runs the host until it is stopped (Ctrl-C, SIGTERM). */
final class HostRuntime implements HostServices.HostRunner {
    private final SecureRandom random;

    HostRuntime(SecureRandom random) {
        this.random = random;
    }

    @Override
    public int run(HostOptions options, DataDir dataDir, AuditLog audit, PrintStream out) throws Exception {
        Host host;
        try {
            host = Host.start(HostConfig.of(options), dataDir, audit, out, random);
        } catch (MasterKeyPin.PinException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            host.close();
            stopped.countDown();
        }, "peerdesk-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Connecting to " + options.server() + " ...");
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (host.refusedForGood()) {
                host.close();
                return 1;
            }
        }
        return 0;
    }
}
