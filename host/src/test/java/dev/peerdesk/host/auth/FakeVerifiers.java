package dev.peerdesk.host.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for protocol's SRP verifier computation (not in this branch yet): a reversible
 * "verifier" so tests can see which password a verifier belongs to. Test-only.
 */
final class FakeVerifiers implements VerifierFactory {
    final List<String> made = new ArrayList<>();

    @Override
    public StoredVerifier create(char[] password) {
        String p = new String(password);
        made.add(p);
        return new StoredVerifier("test-fake", new byte[] {1}, p.getBytes(StandardCharsets.UTF_8));
    }

    static String passwordOf(StoredVerifier v) {
        return new String(v.verifier(), StandardCharsets.UTF_8);
    }
}
