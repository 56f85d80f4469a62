package dev.peerdesk.protocol.handshake;

import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.SrpChallenge;
import dev.peerdesk.protocol.message.SrpClientHello;
import dev.peerdesk.protocol.message.SrpClientProof;
import dev.peerdesk.protocol.message.SrpServerProof;
import dev.peerdesk.protocol.record.RecordKeys;
import dev.peerdesk.protocol.srp.SrpClient;
import dev.peerdesk.protocol.srp.SrpError;
import dev.peerdesk.protocol.srp.SrpException;
import dev.peerdesk.protocol.srp.SrpParameters;

/**
 * The viewer's handshake on the control channel, sans-IO: {@link #start} gives the first message,
 * {@link #receive} takes each host message and gives the next one to send (null when done), then
 * {@link #keys} feeds the record layer. Decides what the user is told:
 * <ul>
 *   <li>the host refused M1: {@link ErrorCode#AUTHENTICATION_FAILED} (wrong password, or a
 *       man in the middle changed the transcript: the host cannot tell which);
 *   <li>M2 does not verify: {@link ErrorCode#POSSIBLE_INTERCEPTION}, since a real host that
 *       accepted our M1 always proves back over the same transcript;
 *   <li>anything out of order or malformed: {@link ErrorCode#PROTOCOL_VIOLATION}.
 * </ul>
 */
public final class ViewerHandshake {
    private final SrpClient srp;
    private final String hostId;
    private final byte[] transcript;
    private RecordKeys keys;

    /**
     * @param transcript {@link ChannelBinding#transcript} as the viewer saw the SDP
     * @param secret 32 bytes from the browser's CSPRNG
     */
    public ViewerHandshake(SrpParameters params, String hostId, String password, byte[] transcript, byte[] secret) {
        this.srp = new SrpClient(params, hostId, password, transcript, secret);
        this.hostId = hostId;
        this.transcript = transcript.clone();
    }

    public Message start() {
        try {
            return new SrpClientHello(hostId, srp.start());
        } catch (SrpException e) {
            throw new IllegalStateException("start() called twice", e);
        }
    }

    /** The reply to {@code fromHost}, or null once authenticated. */
    public Message receive(Message fromHost) throws HandshakeException {
        if (fromHost instanceof ErrorMessage) {
            ErrorMessage error = (ErrorMessage) fromHost;
            throw new HandshakeException(error.code(), true, error.detail());
        }
        try {
            if (fromHost instanceof SrpChallenge) {
                SrpChallenge c = (SrpChallenge) fromHost;
                return new SrpClientProof(srp.respond(c.salt(), c.publicB()));
            }
            if (fromHost instanceof SrpServerProof) {
                byte[] k = srp.finish(((SrpServerProof) fromHost).proof());
                keys = RecordKeys.derive(k, transcript);
                return null;
            }
        } catch (SrpException e) {
            ErrorCode code = e.error() == SrpError.BAD_SERVER_PROOF ? ErrorCode.POSSIBLE_INTERCEPTION
                    : ErrorCode.PROTOCOL_VIOLATION;
            throw new HandshakeException(code, false, e.getMessage());
        }
        throw new HandshakeException(ErrorCode.PROTOCOL_VIOLATION, false, "unexpected " + fromHost.type());
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
