package dev.peerdesk.protocol.srp;

import dev.peerdesk.protocol.crypto.Hash;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The SRP-6a formulas of RFC 5054 section 2.5/2.6, shared by client, server and verifier
 * generation. Proofs follow the form Bouncy Castle (and most SRP-6a stacks) use, extended by a
 * transcript hash T that binds the session (see {@code ChannelBinding}):
 * M1 = H(PAD(A) | PAD(B) | PAD(S) | T), M2 = H(PAD(A) | PAD(M1) | PAD(S) | T), K = H(PAD(S)).
 * With an empty T they equal Bouncy Castle's SRP6Client/SRP6Server values.
 */
public final class SrpMath {
    private SrpMath() {}

    /** PAD(x): big-endian, left-padded with zeros to the length of N. */
    public static byte[] pad(SrpGroup group, BigInteger x) {
        byte[] raw = x.toByteArray();
        int length = group.length();
        byte[] out = new byte[length];
        int skip = raw.length > length ? raw.length - length : 0;
        // Only BigInteger's sign byte can be skipped; values here are always reduced mod N.
        System.arraycopy(raw, skip, out, length - (raw.length - skip), raw.length - skip);
        return out;
    }

    /** k = H(N | PAD(g)). */
    public static BigInteger k(SrpParameters p) {
        return hashToInt(p.newHash(), pad(p.group(), p.group().n()), pad(p.group(), p.group().g()));
    }

    /** u = H(PAD(A) | PAD(B)). */
    public static BigInteger u(SrpParameters p, BigInteger a, BigInteger b) {
        return hashToInt(p.newHash(), pad(p.group(), a), pad(p.group(), b));
    }

    /** x = H(s | H(I | ":" | P)). */
    public static BigInteger x(SrpParameters p, byte[] salt, String identity, String password) {
        Hash h = p.newHash();
        h.update((identity + ":" + password).getBytes(StandardCharsets.UTF_8));
        byte[] inner = h.digest();
        return hashToInt(h, salt, inner);
    }

    /** v = g^x mod N. */
    public static BigInteger verifier(SrpParameters p, BigInteger x) {
        return p.arithmetic().modPow(p.group().g(), x, p.group().n());
    }

    /** A = g^a mod N (or B's g^b part). */
    public static BigInteger gPow(SrpParameters p, BigInteger exponent) {
        return p.arithmetic().modPow(p.group().g(), exponent, p.group().n());
    }

    /** B = (k*v + g^b) mod N. */
    public static BigInteger serverPublic(SrpParameters p, BigInteger k, BigInteger v, BigInteger b) {
        return k.multiply(v).add(gPow(p, b)).mod(p.group().n());
    }

    /** Client S = (B - k * g^x) ^ (a + u * x) mod N. */
    public static BigInteger clientSecret(SrpParameters p, BigInteger k, BigInteger x, BigInteger a,
            BigInteger u, BigInteger serverB) {
        BigInteger n = p.group().n();
        BigInteger base = serverB.subtract(k.multiply(gPow(p, x))).mod(n);
        return p.arithmetic().modPow(base, a.add(u.multiply(x)), n);
    }

    /** Server S = (A * v^u) ^ b mod N. */
    public static BigInteger serverSecret(SrpParameters p, BigInteger v, BigInteger u, BigInteger b,
            BigInteger clientA) {
        BigInteger n = p.group().n();
        BigInteger base = clientA.multiply(p.arithmetic().modPow(v, u, n)).mod(n);
        return p.arithmetic().modPow(base, b, n);
    }

    /** M1 = H(PAD(A) | PAD(B) | PAD(S) | T). */
    public static byte[] clientProof(SrpParameters p, BigInteger a, BigInteger b, BigInteger s, byte[] transcript) {
        SrpGroup g = p.group();
        return hash(p.newHash(), pad(g, a), pad(g, b), pad(g, s), transcript);
    }

    /** M2 = H(PAD(A) | PAD(M1) | PAD(S) | T). */
    public static byte[] serverProof(SrpParameters p, BigInteger a, byte[] m1, BigInteger s, byte[] transcript) {
        SrpGroup g = p.group();
        return hash(p.newHash(), pad(g, a), pad(g, new BigInteger(1, m1)), pad(g, s), transcript);
    }

    /** K = H(PAD(S)). */
    public static byte[] sessionKey(SrpParameters p, BigInteger s) {
        return hash(p.newHash(), pad(p.group(), s));
    }

    /** Reads a peer's public value: exactly N's length, and not 0 mod N (RFC 5054 2.5.3/2.5.4). */
    public static BigInteger readPublic(SrpGroup group, byte[] value, String name) throws SrpException {
        if (value.length != group.length()) {
            throw new SrpException(SrpError.MALFORMED, name + " is " + value.length + " bytes, want " + group.length());
        }
        BigInteger v = new BigInteger(1, value).mod(group.n());
        if (v.signum() == 0) {
            throw new SrpException(SrpError.ILLEGAL_PUBLIC_VALUE, name + " mod N == 0");
        }
        return v;
    }

    /** Compares without an early exit, so timing says nothing about where proofs differ. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff |= a[i] ^ b[i];
        }
        return diff == 0;
    }

    static BigInteger hashToInt(Hash h, byte[]... parts) {
        return new BigInteger(1, hash(h, parts));
    }

    static byte[] hash(Hash h, byte[]... parts) {
        for (byte[] part : parts) {
            h.update(part);
        }
        return h.digest();
    }
}
