package dev.peerdesk.signaling;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.signaling.cli.Options;
import dev.peerdesk.signaling.crypto.Fingerprints;
import java.security.SecureRandom;
import java.time.InstantSource;

/** {@code java -jar signaling-server.jar --data-dir DIR [options]}; see {@link Options#HELP}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        // Jetty logs through SLF4J; without a provider SLF4J warns on stderr at every start.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        ServerConfig config;
        try {
            config = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("signaling-server: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.print(Options.HELP);
            return;
        }
        SignalingServer server = new SignalingServer(config, InstantSource.system(), new SecureRandom());
        try {
            server.start();
        } catch (Exception e) {
            System.err.println("signaling-server: cannot start: " + e.getMessage());
            server.close();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                System.out.println("PeerDesk signaling server stopped");
            } catch (Exception e) {
                System.err.println("signaling-server: stop failed: " + e);
            }
        }, "signaling-stop"));
        byte[] key = server.masterPublicKey();
        System.out.println("PeerDesk signaling server listening on https://" + config.bind() + ":" + server.port() + "/");
        System.out.println("master key (Ed25519): " + Base64Url.encode(key));
        System.out.println("master key fingerprint: " + Fingerprints.ofKey(key)
                + "   (start hosts with --server-key " + Fingerprints.ofKey(key) + ")");
        System.out.println("TLS certificate SHA-256: " + server.tls().fingerprint()
                + (server.tls().selfSigned() ? "   (self-signed, in " + config.dataDir() + ")" : ""));
        System.out.flush();
        server.join();
    }
}
