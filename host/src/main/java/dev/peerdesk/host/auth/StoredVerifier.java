package dev.peerdesk.host.auth;

import java.util.Arrays;

/**
 * What the host keeps of a password: the SRP salt and verifier and the name of the scheme that
 * made them (group and hash), never the password itself.
 */
public record StoredVerifier(String scheme, byte[] salt, byte[] verifier) {
    public StoredVerifier {
        if (scheme.isEmpty() || !scheme.matches("[A-Za-z0-9._-]+") || salt.length == 0 || verifier.length == 0) {
            throw new IllegalArgumentException("bad verifier record (scheme '" + scheme + "')");
        }
        salt = salt.clone();
        verifier = verifier.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] verifier() {
        return verifier.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredVerifier v && scheme.equals(v.scheme) && Arrays.equals(salt, v.salt)
                && Arrays.equals(verifier, v.verifier);
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + Arrays.hashCode(verifier);
    }

    @Override
    public String toString() {
        return "StoredVerifier[" + scheme + "]"; // never log verifier material
    }
}
