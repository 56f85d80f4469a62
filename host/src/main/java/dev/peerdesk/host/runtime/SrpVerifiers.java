package dev.peerdesk.host.runtime;

import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.auth.VerifierFactory;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.security.SecureRandom;

/**
 * SRP-6a verifiers as the host stores them: RFC 5054 3072-bit group with SHA-256 (protocol/'s
 * production parameters), identity {@link ViewerHandshake#IDENTITY}, a fresh 32-byte salt.
 */
public final class SrpVerifiers implements VerifierFactory {
    /** The scheme name stored beside each verifier; a future group change gets a new name. */
    public static final String SCHEME = "srp6a-rfc5054-3072-sha256";
    public static final SrpParameters PARAMS = SrpParameters.production(ModArithmetic.JAVA);

    private final SecureRandom random;

    public SrpVerifiers(SecureRandom random) {
        this.random = random;
    }

    @Override
    public StoredVerifier create(char[] password) {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        SrpVerifier v = SrpVerifier.generate(PARAMS, salt, ViewerHandshake.IDENTITY, new String(password));
        return new StoredVerifier(SCHEME, v.salt(), v.verifier());
    }

    /** The protocol-side verifier of a stored one; refuses schemes this build does not speak. */
    public static SrpVerifier toProtocol(StoredVerifier v) {
        if (!SCHEME.equals(v.scheme())) {
            throw new IllegalStateException("stored verifier scheme " + v.scheme() + " is not " + SCHEME
                    + "; set the password again with --set-password");
        }
        return new SrpVerifier(v.salt(), v.verifier());
    }
}
