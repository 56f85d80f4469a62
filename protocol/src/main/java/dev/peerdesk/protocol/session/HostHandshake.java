package dev.peerdesk.protocol.session;

import dev.peerdesk.protocol.crypto.AeadFactory;
import dev.peerdesk.protocol.message.BindingHello;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.ProtocolException;
import dev.peerdesk.protocol.message.SrpChallenge;
import dev.peerdesk.protocol.message.SrpClientHello;
import dev.peerdesk.protocol.message.SrpClientProof;
import dev.peerdesk.protocol.message.SrpServerProof;
import dev.peerdesk.protocol.srp.SrpException;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpServer;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's side of the session handshake on the control channel, sans-IO. Flow:
 * <pre>
 * viewer: BindingHello(transcript) + SrpClientHello(A)       one data-channel message
 * host:   SrpChallenge(salt_i, B_i) for each password it accepts (one-time, permanent)
 * viewer: SrpClientProof(M1_i), one per challenge, same order
 * host:   SrpServerProof(M2) of the password that matched   -> both sides hold the record keys
 * </pre>
 * Any failure answers one {@link ErrorMessage} and ends the handshake. The caller gates attempts
 * (brute-force backoff) before it creates a handshake, and records the outcome after.
 */
public final class HostHandshake {
    private enum State { AWAIT_HELLO, AWAIT_PROOFS, DONE }

    private final List<SrpServer> servers = new ArrayList<>();
    private final byte[] transcript;
    private final AeadFactory aeads;
    private State state = State.AWAIT_HELLO;

    /**
     * @param verifiers the passwords this host accepts now (1 or 2); nothing else is stored
     * @param secrets one fresh random secret (32+ bytes) per verifier
     */
    public HostHandshake(SrpParameters params, List<SrpVerifier> verifiers, byte[] transcript,
            List<byte[]> secrets, AeadFactory aeads) {
        if (verifiers.isEmpty() || verifiers.size() > ViewerHandshake.MAX_CHALLENGES
                || secrets.size() != verifiers.size()) {
            throw new IllegalArgumentException("1.." + ViewerHandshake.MAX_CHALLENGES + " verifiers, one secret each");
        }
        for (int i = 0; i < verifiers.size(); i++) {
            servers.add(new SrpServer(params, verifiers.get(i), transcript, secrets.get(i)));
        }
        this.transcript = transcript.clone();
        this.aeads = aeads;
    }

    /** Feeds one control-channel message received before the session is established. */
    public HandshakeStep receive(byte[] message) {
        try {
            List<Message> in = Frames.decodeAll(message);
            switch (state) {
                case AWAIT_HELLO: return hello(in);
                case AWAIT_PROOFS: return proofs(in);
                default: return fail(ErrorCode.PROTOCOL_VIOLATION, "handshake already over", false);
            }
        } catch (ProtocolException e) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, e.getMessage(), false);
        } catch (SrpException e) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, e.getMessage(), false);
        }
    }

    private HandshakeStep hello(List<Message> in) throws SrpException {
        if (in.size() != 2 || !(in.get(0) instanceof BindingHello binding)
                || !(in.get(1) instanceof SrpClientHello hello)) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, "expected BindingHello + SrpClientHello", false);
        }
        if (!Bytes.constantTimeEquals(binding.transcript(), transcript)) {
            return fail(ErrorCode.POSSIBLE_INTERCEPTION,
                    "the viewer saw other DTLS fingerprints or another host key than this host", false);
        }
        if (!ViewerHandshake.IDENTITY.equals(hello.identity())) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, "unknown SRP identity", false);
        }
        Message[] challenges = new Message[servers.size()];
        for (int i = 0; i < servers.size(); i++) {
            SrpServer s = servers.get(i);
            challenges[i] = new SrpChallenge(s.salt(), s.challenge(hello.publicA()));
        }
        state = State.AWAIT_PROOFS;
        return HandshakeStep.proceed(Frames.encode(challenges));
    }

    private HandshakeStep proofs(List<Message> in) {
        if (in.size() != servers.size()) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, "expected " + servers.size() + " proofs", false);
        }
        SrpServer matched = null;
        byte[] m2 = null;
        // Check every proof, matched or not, so timing does not tell which password was tried.
        for (int i = 0; i < servers.size(); i++) {
            if (!(in.get(i) instanceof SrpClientProof proof)) {
                return fail(ErrorCode.PROTOCOL_VIOLATION, "expected SrpClientProof", false);
            }
            try {
                byte[] candidate = servers.get(i).verify(proof.proof());
                if (matched == null) {
                    matched = servers.get(i);
                    m2 = candidate;
                }
            } catch (SrpException wrongPassword) {
                // Tried next; all failing is one failed attempt.
            }
        }
        if (matched == null) {
            return fail(ErrorCode.AUTHENTICATION_FAILED, "wrong password", true);
        }
        state = State.DONE;
        SecureSession session = SecureSession.host(matched.sessionKey(), transcript, aeads);
        return HandshakeStep.established(Frames.encode(new SrpServerProof(m2)), session);
    }

    private HandshakeStep fail(ErrorCode code, String detail, boolean passwordRejected) {
        state = State.DONE;
        return HandshakeStep.failed(Frames.encode(new ErrorMessage(code, detail)), code, detail, passwordRejected);
    }
}
