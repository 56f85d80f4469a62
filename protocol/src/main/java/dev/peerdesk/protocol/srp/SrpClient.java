package dev.peerdesk.protocol.srp;

import java.math.BigInteger;

/**
 * The viewer's side of SRP-6a, sans-IO: each step takes the peer's values and returns ours. The
 * password never leaves this object; only A and M1 do.
 *
 * <pre>
 *   viewer                          host
 *   start()        -- A -->
 *                  <-- salt, B --   SrpServer.challenge(A)
 *   respond(s, B)  -- M1 -->
 *                  <-- M2 --        SrpServer.verify(M1)
 *   finish(M2) = K                  SrpServer.sessionKey() = K
 * </pre>
 *
 * Any step out of order, any bad value and any failed proof throws {@link SrpException}; after
 * that the object refuses everything (a handshake is never retried on the same state).
 */
public final class SrpClient {
    /** Minimum bytes of secret randomness for a (RFC 5054 2.5.4 asks for at least 256 bits). */
    public static final int MIN_SECRET_LENGTH = 32;

    private enum State { START, AWAIT_CHALLENGE, AWAIT_SERVER_PROOF, DONE, FAILED }

    private final SrpParameters params;
    private final String identity;
    private final byte[] transcript;
    private final BigInteger a;
    private String password;
    private State state = State.START;
    private BigInteger publicA;
    private BigInteger secretS;
    private byte[] m1;
    private byte[] sessionKey;

    /**
     * @param transcript the channel-binding hash as this side sees it ({@code ChannelBinding})
     * @param secret at least {@link #MIN_SECRET_LENGTH} bytes from a CSPRNG: the private exponent a
     */
    public SrpClient(SrpParameters params, String identity, String password, byte[] transcript, byte[] secret) {
        if (secret.length < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("SRP secret shorter than " + MIN_SECRET_LENGTH + " bytes");
        }
        this.params = params;
        this.identity = identity;
        this.password = password;
        this.transcript = transcript.clone();
        this.a = new BigInteger(1, secret);
    }

    /** Step 1: A = g^a mod N, padded to N's length. */
    public byte[] start() throws SrpException {
        expect(State.START);
        publicA = SrpMath.gPow(params, a);
        state = State.AWAIT_CHALLENGE;
        return SrpMath.pad(params.group(), publicA);
    }

    /** Step 2: from the host's salt and B, the proof M1. */
    public byte[] respond(byte[] salt, byte[] serverB) throws SrpException {
        expect(State.AWAIT_CHALLENGE);
        state = State.FAILED;
        BigInteger b = SrpMath.readPublic(params.group(), serverB, "B");
        BigInteger u = SrpMath.u(params, publicA, b);
        if (u.signum() == 0) {
            throw new SrpException(SrpError.ILLEGAL_SCRAMBLER, "u == 0");
        }
        BigInteger x = SrpMath.x(params, salt, identity, password);
        password = null;
        secretS = SrpMath.clientSecret(params, SrpMath.k(params), x, a, u, b);
        m1 = SrpMath.clientProof(params, publicA, b, secretS, transcript);
        state = State.AWAIT_SERVER_PROOF;
        return m1.clone();
    }

    /** Step 3: checks the host's M2 and returns the shared key K. */
    public byte[] finish(byte[] serverM2) throws SrpException {
        expect(State.AWAIT_SERVER_PROOF);
        state = State.FAILED;
        byte[] expected = SrpMath.serverProof(params, publicA, m1, secretS, transcript);
        if (!SrpMath.constantTimeEquals(expected, serverM2)) {
            throw new SrpException(SrpError.BAD_SERVER_PROOF, "M2 does not verify");
        }
        sessionKey = SrpMath.sessionKey(params, secretS);
        state = State.DONE;
        return sessionKey.clone();
    }

    /** The shared key K after {@link #finish}. */
    public byte[] sessionKey() {
        if (state != State.DONE) {
            throw new IllegalStateException("SRP handshake not finished");
        }
        return sessionKey.clone();
    }

    private void expect(State wanted) throws SrpException {
        if (state != wanted) {
            // Steps are driven by peer messages, so a wrong order is the peer's fault, not ours.
            State was = state;
            state = State.FAILED;
            throw new SrpException(SrpError.MALFORMED, "unexpected step in state " + was);
        }
    }
}
