package dev.peerdesk.protocol.srp;

import java.math.BigInteger;

/** An SRP group: a safe prime N and a generator g (RFC 5054 appendix A). */
public final class SrpGroup {
    /** RFC 5054 appendix A 3072-bit group (the RFC 3526 MODP prime), g = 5: the production group. */
    public static final SrpGroup RFC5054_3072 = new SrpGroup(new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
            + "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
            + "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
            + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
            + "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
            + "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
            + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
            + "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33"
            + "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
            + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864"
            + "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
            + "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
            16), BigInteger.valueOf(5));

    private final BigInteger n;
    private final BigInteger g;
    private final int length;

    public SrpGroup(BigInteger n, BigInteger g) {
        if (n.signum() <= 0 || g.signum() <= 0 || g.compareTo(n) >= 0) {
            throw new IllegalArgumentException("bad SRP group");
        }
        this.n = n;
        this.g = g;
        this.length = (n.bitLength() + 7) / 8;
    }

    public BigInteger n() {
        return n;
    }

    public BigInteger g() {
        return g;
    }

    /** Length in bytes of N: every public value and S is padded to this (RFC 5054 PAD()). */
    public int length() {
        return length;
    }
}
