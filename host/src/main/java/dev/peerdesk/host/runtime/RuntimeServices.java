package dev.peerdesk.host.runtime;

import dev.peerdesk.host.auth.VerifierFactory;
import dev.peerdesk.host.cli.HostServices;
import java.security.SecureRandom;
import java.util.Optional;

/** The host's real services: SRP verifiers from protocol/ and the signaling + session runtime. */
public final class RuntimeServices implements HostServices {
    private final SecureRandom random = new SecureRandom();

    @Override
    public Optional<VerifierFactory> verifierFactory() {
        return Optional.of(new SrpVerifiers(random));
    }

    @Override
    public Optional<HostRunner> runner() {
        return Optional.of(new HostRuntime(random));
    }
}
