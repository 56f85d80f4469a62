package dev.peerdesk.protocol.handshake;

import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.SrpChallenge;
import dev.peerdesk.protocol.message.SrpClientHello;
import dev.peerdesk.protocol.message.SrpClientProof;
import dev.peerdesk.protocol.message.SrpServerProof;
import dev.peerdesk.protocol.record.RecordKeys;
import dev.peerdesk.protocol.srp.SrpError;
import dev.peerdesk.protocol.srp.SrpException;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpServer;
import dev.peerdesk.protocol.srp.SrpVerifier;

/**
 * The host's handshake on the control channel, sans-IO: {@link #receive} takes each viewer
 * message and gives the reply (the last reply is M2, after which {@link #keys} is set). A failed
 * proof is {@link ErrorCode#AUTHENTICATION_FAILED}: the caller sends {@link
 * HandshakeException#toSend()}, closes, and records a failure in the brute-force gate.
 */
public final class HostHandshake {
    private final SrpServer srp;
    private final String hostId;
    private final byte[] transcript;
    private RecordKeys keys;

    /**
     * @param transcript {@link ChannelBinding#transcript} as the host saw the SDP
     * @param secret 32 bytes from a CSPRNG
     */
    public HostHandshake(SrpParameters params, String hostId, SrpVerifier verifier, byte[] transcript, byte[] secret) {
        this.srp = new SrpServer(params, verifier, transcript, secret);
        this.hostId = hostId;
        this.transcript = transcript.clone();
    }

    /** The reply to {@code fromViewer}. */
    public Message receive(Message fromViewer) throws HandshakeException {
        if (fromViewer instanceof ErrorMessage) {
            ErrorMessage error = (ErrorMessage) fromViewer;
            throw new HandshakeException(error.code(), true, error.detail());
        }
        try {
            if (fromViewer instanceof SrpClientHello) {
                SrpClientHello hello = (SrpClientHello) fromViewer;
                if (!hello.identity().equals(hostId)) {
                    // The verifier is bound to our ID; another ID can only be a misrouted session.
                    throw new HandshakeException(ErrorCode.PROTOCOL_VIOLATION, false, "hello for " + hello.identity());
                }
                return new SrpChallenge(srp.salt(), srp.challenge(hello.publicA()));
            }
            if (fromViewer instanceof SrpClientProof) {
                byte[] m2 = srp.verify(((SrpClientProof) fromViewer).proof());
                keys = RecordKeys.derive(srp.sessionKey(), transcript);
                return new SrpServerProof(m2);
            }
        } catch (SrpException e) {
            ErrorCode code = e.error() == SrpError.BAD_CLIENT_PROOF ? ErrorCode.AUTHENTICATION_FAILED
                    : ErrorCode.PROTOCOL_VIOLATION;
            throw new HandshakeException(code, false, e.getMessage());
        }
        throw new HandshakeException(ErrorCode.PROTOCOL_VIOLATION, false, "unexpected " + fromViewer.type());
    }

    public boolean done() {
        return keys != null;
    }

    /** The record keys after a successful handshake. */
    public RecordKeys keys() {
        if (keys == null) {
            throw new IllegalStateException("handshake not finished");
        }
        return keys;
    }
}
