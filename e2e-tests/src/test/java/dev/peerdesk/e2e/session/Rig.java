package dev.peerdesk.e2e.session;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** A signaling server (optionally with the relay) and one desk, stopped together. */
final class Rig implements AutoCloseable {
    final Relay relay;
    final Signaling server;
    final Desk desk;

    private Rig(Relay relay, Signaling server, Desk desk) {
        this.relay = relay;
        this.server = server;
        this.desk = desk;
    }

    static void assumeParts() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        Assumptions.assumeTrue(Files.exists(Signaling.JAR) && Files.exists(Desk.HOST_JAR) && Files.exists(Relay.JAR),
                "needs the signaling-server, turn-relay and host jars built by the reactor");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "needs Xvfb");
    }

    static Rig start(boolean withRelay, boolean tamper, String... hostArgs) throws Exception {
        return start(withRelay ? new String[0] : null, tamper, hostArgs);
    }

    /** With our relay started with {@code relayArgs} added, or no relay when that is null. */
    static Rig start(String[] relayArgs, boolean tamper, String... hostArgs) throws Exception {
        assumeParts();
        Relay relay = null;
        Signaling server = null;
        try {
            if (relayArgs != null) {
                relay = new Relay(relayArgs);
                server = new Signaling(tamper, "--turn-secret", Relay.SECRET,
                        "--turn-url", "turn:127.0.0.1:" + relay.port + "?transport=udp");
            } else {
                server = new Signaling(tamper);
            }
            return new Rig(relay, server, new Desk(server, hostArgs));
        } catch (Throwable t) {
            if (server != null) {
                server.close();
            }
            if (relay != null) {
                relay.close();
            }
            throw t;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            desk.close();
        } finally {
            try {
                server.close();
            } finally {
                if (relay != null) {
                    relay.close();
                }
            }
        }
    }
}
