package dev.peerdesk.host.cli;

import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.auth.VerifierFactory;
import dev.peerdesk.host.config.DataDir;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The pieces the CLI needs from other modules: SRP verifier computation (protocol/) and the
 * session runtime that talks to the signaling server (transport/ + the signaling client). This
 * build has neither yet, and says so instead of pretending.
 */
public interface HostServices {
    Optional<VerifierFactory> verifierFactory();

    Optional<HostRunner> runner();

    /** Runs the host until it is stopped; returns the exit status. */
    interface HostRunner {
        int run(HostOptions options, DataDir dataDir, AuditLog audit, PrintStream out) throws Exception;
    }

    HostServices BUILT_IN = new HostServices() {
        @Override
        public Optional<VerifierFactory> verifierFactory() {
            return Optional.empty();
        }

        @Override
        public Optional<HostRunner> runner() {
            return Optional.empty();
        }
    };
}
