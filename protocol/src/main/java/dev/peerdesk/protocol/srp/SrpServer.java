package dev.peerdesk.protocol.srp;

import java.math.BigInteger;

/**
 * The host's side of SRP-6a, sans-IO (see {@link SrpClient} for the message flow). It holds only
 * the stored verifier, never a password. Any failure is final: the caller closes the session and
 * counts a failed attempt (brute-force gate).
 */
public final class SrpServer {
    private enum State { AWAIT_CLIENT_HELLO, AWAIT_CLIENT_PROOF, DONE, FAILED }

    private final SrpParameters params;
    private final SrpVerifier verifier;
    private final byte[] transcript;
    private final BigInteger b;
    private State state = State.AWAIT_CLIENT_HELLO;
    private BigInteger publicA;
    private BigInteger publicB;
    private BigInteger secretS;
    private byte[] sessionKey;

    /**
     * @param transcript the channel-binding hash as this side sees it
     * @param secret at least {@link SrpClient#MIN_SECRET_LENGTH} bytes from a CSPRNG: the private exponent b
     */
    public SrpServer(SrpParameters params, SrpVerifier verifier, byte[] transcript, byte[] secret) {
        if (secret.length < SrpClient.MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("SRP secret shorter than " + SrpClient.MIN_SECRET_LENGTH + " bytes");
        }
        this.params = params;
        this.verifier = verifier;
        this.transcript = transcript.clone();
        this.b = new BigInteger(1, secret);
    }

    /** The salt to send with B. */
    public byte[] salt() {
        return verifier.salt();
    }

    /** Step 1: from the viewer's A, our B = k*v + g^b (padded to N's length). */
    public byte[] challenge(byte[] clientA) throws SrpException {
        expect(State.AWAIT_CLIENT_HELLO);
        state = State.FAILED;
        publicA = SrpMath.readPublic(params.group(), clientA, "A");
        BigInteger v = new BigInteger(1, verifier.verifier());
        publicB = SrpMath.serverPublic(params, SrpMath.k(params), v, b);
        BigInteger u = SrpMath.u(params, publicA, publicB);
        if (u.signum() == 0) {
            throw new SrpException(SrpError.ILLEGAL_SCRAMBLER, "u == 0");
        }
        secretS = SrpMath.serverSecret(params, v, u, b, publicA);
        state = State.AWAIT_CLIENT_PROOF;
        return SrpMath.pad(params.group(), publicB);
    }

    /** Step 2: checks the viewer's M1 and returns M2. */
    public byte[] verify(byte[] clientM1) throws SrpException {
        expect(State.AWAIT_CLIENT_PROOF);
        state = State.FAILED;
        byte[] expected = SrpMath.clientProof(params, publicA, publicB, secretS, transcript);
        if (!SrpMath.constantTimeEquals(expected, clientM1)) {
            throw new SrpException(SrpError.BAD_CLIENT_PROOF, "M1 does not verify");
        }
        sessionKey = SrpMath.sessionKey(params, secretS);
        state = State.DONE;
        return SrpMath.serverProof(params, publicA, expected, secretS, transcript);
    }

    /** The shared key K after {@link #verify}. */
    public byte[] sessionKey() {
        if (state != State.DONE) {
            throw new IllegalStateException("SRP handshake not finished");
        }
        return sessionKey.clone();
    }

    private void expect(State wanted) throws SrpException {
        if (state != wanted) {
            State was = state;
            state = State.FAILED;
            throw new SrpException(SrpError.MALFORMED, "unexpected step in state " + was);
        }
    }
}
