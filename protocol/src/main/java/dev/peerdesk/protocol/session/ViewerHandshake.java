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
import dev.peerdesk.protocol.srp.SrpClient;
import dev.peerdesk.protocol.srp.SrpException;
import dev.peerdesk.protocol.srp.SrpParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The viewer's side of the session handshake (flow in {@link HostHandshake}), sans-IO. The typed
 * password is tried against every challenge the host offers with one ephemeral A, so the person
 * never says which kind of password they typed.
 */
public final class ViewerHandshake {
    /** The SRP identity both sides use: the host ID is bound through the transcript instead. */
    public static final String IDENTITY = "peerdesk";
    /** At most this many passwords (challenges) per host. */
    public static final int MAX_CHALLENGES = 2;

    private enum State { START, AWAIT_CHALLENGES, AWAIT_SERVER_PROOF, DONE }

    private final SrpParameters params;
    private final String password;
    private final byte[] transcript;
    private final byte[] secret;
    private final AeadFactory aeads;
    private final List<SrpClient> clients = new ArrayList<>();
    private byte[] publicA;
    private State state = State.START;

    public ViewerHandshake(SrpParameters params, String password, byte[] transcript, byte[] secret,
            AeadFactory aeads) {
        this.params = params;
        this.password = password;
        this.transcript = transcript.clone();
        this.secret = secret.clone();
        this.aeads = aeads;
    }

    /** The first control-channel message: BindingHello + SrpClientHello. */
    public byte[] start() {
        if (state != State.START) {
            throw new IllegalStateException("start() called twice");
        }
        SrpClient first = newClient();
        try {
            publicA = first.start();
        } catch (SrpException e) {
            throw new IllegalStateException("a fresh client cannot be out of order", e);
        }
        clients.add(first);
        state = State.AWAIT_CHALLENGES;
        return Frames.encode(new BindingHello(transcript), new SrpClientHello(IDENTITY, publicA));
    }

    /** Feeds one control-channel message received before the session is established. */
    public HandshakeStep receive(byte[] message) {
        try {
            List<Message> in = Frames.decodeAll(message);
            if (in.get(0) instanceof ErrorMessage error) {
                state = State.DONE;
                return HandshakeStep.failed(null, error.code(), error.detail(), false);
            }
            switch (state) {
                case AWAIT_CHALLENGES: return challenges(in);
                case AWAIT_SERVER_PROOF: return serverProof(in);
                default: return fail(ErrorCode.PROTOCOL_VIOLATION, "unexpected message in state " + state);
            }
        } catch (ProtocolException | SrpException e) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, e.getMessage());
        }
    }

    private HandshakeStep challenges(List<Message> in) throws SrpException {
        if (in.size() > MAX_CHALLENGES) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, in.size() + " challenges");
        }
        Message[] proofs = new Message[in.size()];
        for (int i = 0; i < in.size(); i++) {
            if (!(in.get(i) instanceof SrpChallenge challenge)) {
                return fail(ErrorCode.PROTOCOL_VIOLATION, "expected SrpChallenge");
            }
            if (i > 0) {
                SrpClient next = newClient();
                next.start(); // same secret, same A
                clients.add(next);
            }
            proofs[i] = new SrpClientProof(clients.get(i).respond(challenge.salt(), challenge.publicB()));
        }
        state = State.AWAIT_SERVER_PROOF;
        return HandshakeStep.proceed(Frames.encode(proofs));
    }

    private HandshakeStep serverProof(List<Message> in) {
        if (in.size() != 1 || !(in.get(0) instanceof SrpServerProof proof)) {
            return fail(ErrorCode.PROTOCOL_VIOLATION, "expected SrpServerProof");
        }
        for (SrpClient c : clients) {
            try {
                byte[] key = c.finish(proof.proof());
                state = State.DONE;
                return HandshakeStep.established(null, SecureSession.viewer(key, transcript, aeads));
            } catch (SrpException notThisOne) {
                // The next client may be the password that matched.
            }
        }
        // The host accepted M1 but cannot prove it knows the verifier for our transcript.
        return fail(ErrorCode.POSSIBLE_INTERCEPTION, "the host could not prove it knows the password");
    }

    private SrpClient newClient() {
        return new SrpClient(params, IDENTITY, password, transcript, secret);
    }

    private HandshakeStep fail(ErrorCode code, String detail) {
        state = State.DONE;
        return HandshakeStep.failed(Frames.encode(new ErrorMessage(code, detail)), code, detail, false);
    }
}
