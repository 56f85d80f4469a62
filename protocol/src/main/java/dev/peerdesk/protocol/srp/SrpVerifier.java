package dev.peerdesk.protocol.srp;

import java.math.BigInteger;

/**
 * What a host stores instead of a password: the salt and v = g^x (RFC 5054 2.4). Both are
 * public-ish (leaking them allows an offline guess per password) and must be kept 0600.
 */
public final class SrpVerifier {
    /** Minimum salt length: RFC 5054 asks for random salts; 16 bytes keep them unique in practice. */
    public static final int MIN_SALT_LENGTH = 16;

    private final byte[] salt;
    private final byte[] verifier;

    public SrpVerifier(byte[] salt, byte[] verifier) {
        if (salt.length < MIN_SALT_LENGTH) {
            throw new IllegalArgumentException("salt shorter than " + MIN_SALT_LENGTH);
        }
        this.salt = salt.clone();
        this.verifier = verifier.clone();
    }

    /** Computes the verifier for {@code identity}/{@code password} with a fresh random {@code salt}. */
    public static SrpVerifier generate(SrpParameters p, byte[] salt, String identity, String password) {
        if (salt.length < MIN_SALT_LENGTH) {
            throw new IllegalArgumentException("salt shorter than " + MIN_SALT_LENGTH);
        }
        BigInteger x = SrpMath.x(p, salt, identity, password);
        return new SrpVerifier(salt, SrpMath.pad(p.group(), SrpMath.verifier(p, x)));
    }

    public byte[] salt() {
        return salt.clone();
    }

    /** v as PAD(v), big-endian. */
    public byte[] verifier() {
        return verifier.clone();
    }
}
