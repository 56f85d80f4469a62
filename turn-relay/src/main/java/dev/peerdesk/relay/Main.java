package dev.peerdesk.relay;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar turn-relay.jar --listen ... --port 3478 --realm peerdesk --auth-secret ...} */
public final class Main {
    // Held so the level sticks (the logging framework keeps loggers weakly).
    private static final Logger JITSI = Logger.getLogger("org.jitsi");
    private static final Logger ICE4J = Logger.getLogger("org.ice4j");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        JITSI.setLevel(Level.WARNING);
        ICE4J.setLevel(Level.WARNING);
        RelayConfig config;
        try {
            config = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null) {
                System.out.print(CommandLine.HELP);
                return;
            }
            System.err.println("turn-relay: " + e.getMessage());
            System.err.print(CommandLine.HELP);
            System.exit(2);
            return;
        }
        TurnRelay relay = TurnRelay.start(config);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            relay.stop();
            done.countDown();
        }, "turn-relay-shutdown"));
        System.out.println("turn-relay listening on " + config.listen.getHostAddress() + " udp+tcp " + relay.ports()
                + (relay.tlsPorts().isEmpty() ? "" : " tls " + relay.tlsPorts())
                + ", relaying from " + relay.relayIp().getHostAddress() + " ports " + config.minPort + "-" + config.maxPort
                + ", realm " + config.realm
                + (relay.metricsPort() >= 0 ? ", metrics on :" + relay.metricsPort() + "/metrics" : ""));
        done.await();
    }
}
