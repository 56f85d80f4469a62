package dev.peerdesk.protocol.handshake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.ProtocolVersion;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.message.SrpClientHello;
import dev.peerdesk.protocol.message.SrpServerProof;
import dev.peerdesk.protocol.record.RecordSession;
import dev.peerdesk.protocol.record.RecordType;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both handshake drivers against each other, every message through the codec as on the wire. */
class HandshakeTest {
    static final SrpParameters P = SrpParameters.production(ModArithmetic.JAVA);
    static final String ID = "123456789";
    static final byte[] HOST_KEY = new byte[32];
    static final Random RANDOM = new Random(42);
    static final SrpVerifier STORED = SrpVerifier.generate(P, random(16), ID, "secret");

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static byte[] t(String viewerFp, String hostFp) {
        return ChannelBinding.transcript(ProtocolVersion.CURRENT, ID, HOST_KEY, viewerFp, hostFp);
    }

    static final byte[] HONEST = t("sha-256 AA:AA", "sha-256 BB:BB");

    static Message wire(Message m) throws Exception {
        return MessageCodec.parse(ByteBuffer.wrap(MessageCodec.encode(m)));
    }

    @Test
    void honestHandshakeGivesMatchingRecordKeys() throws Exception {
        ViewerHandshake viewer = new ViewerHandshake(P, ID, "secret", HONEST, random(32));
        HostHandshake host = new HostHandshake(P, ID, STORED, HONEST, random(32));
        Message challenge = host.receive(wire(viewer.start()));
        Message proof = viewer.receive(wire(challenge));
        assertFalse(host.done());
        Message m2 = host.receive(wire(proof));
        assertTrue(host.done());
        assertNull(viewer.receive(wire(m2)));
        assertTrue(viewer.done());

        byte[] record = RecordSession.viewer(viewer.keys(), JcaAesGcm.FACTORY).sealer(0).seal(RecordType.MESSAGES, new byte[] {9});
        assertArrayEquals(new byte[] {9}, RecordSession.host(host.keys(), JcaAesGcm.FACTORY).opener(0, true).open(record).plaintext());
    }

    @Test
    void wrongPasswordIsAuthenticationFailedOnBothSides() throws Exception {
        ViewerHandshake viewer = new ViewerHandshake(P, ID, "guess", HONEST, random(32));
        HostHandshake host = new HostHandshake(P, ID, STORED, HONEST, random(32));
        Message proof = viewer.receive(wire(host.receive(wire(viewer.start()))));
        HandshakeException atHost = assertThrows(HandshakeException.class, () -> host.receive(wire(proof)));
        assertEquals(ErrorCode.AUTHENTICATION_FAILED, atHost.code());
        assertFalse(atHost.reportedByPeer());
        HandshakeException atViewer = assertThrows(HandshakeException.class, () -> viewer.receive(wire(atHost.toSend())));
        assertEquals(ErrorCode.AUTHENTICATION_FAILED, atViewer.code());
        assertTrue(atViewer.reportedByPeer());
        assertNull(atViewer.toSend());
    }

    @Test
    void swappedFingerprintIsRefusedByTheHost() throws Exception {
        ViewerHandshake viewer = new ViewerHandshake(P, ID, "secret", t("sha-256 AA:AA", "sha-256 66:66"), random(32));
        HostHandshake host = new HostHandshake(P, ID, STORED, t("sha-256 66:66", "sha-256 BB:BB"), random(32));
        Message proof = viewer.receive(wire(host.receive(wire(viewer.start()))));
        assertEquals(ErrorCode.AUTHENTICATION_FAILED,
                assertThrows(HandshakeException.class, () -> host.receive(wire(proof))).code());
    }

    @Test
    void badServerProofMeansPossibleInterception() throws Exception {
        ViewerHandshake viewer = new ViewerHandshake(P, ID, "secret", HONEST, random(32));
        HostHandshake host = new HostHandshake(P, ID, STORED, HONEST, random(32));
        viewer.receive(wire(host.receive(wire(viewer.start()))));
        HandshakeException e = assertThrows(HandshakeException.class,
                () -> viewer.receive(wire(new SrpServerProof(new byte[32]))));
        assertEquals(ErrorCode.POSSIBLE_INTERCEPTION, e.code());
        assertEquals(ErrorCode.POSSIBLE_INTERCEPTION, e.toSend().code());
    }

    @Test
    void messagesOutOfPlaceAreProtocolViolations() throws Exception {
        HostHandshake host = new HostHandshake(P, ID, STORED, HONEST, random(32));
        assertEquals(ErrorCode.PROTOCOL_VIOLATION, assertThrows(HandshakeException.class,
                () -> host.receive(new PointerEvent(0, 0, 1, 1))).code());
        HostHandshake other = new HostHandshake(P, ID, STORED, HONEST, random(32));
        assertEquals(ErrorCode.PROTOCOL_VIOLATION, assertThrows(HandshakeException.class,
                () -> other.receive(new SrpClientHello("987654321", new byte[384]))).code());
        ViewerHandshake viewer = new ViewerHandshake(P, ID, "secret", HONEST, random(32));
        viewer.start();
        assertEquals(ErrorCode.PROTOCOL_VIOLATION, assertThrows(HandshakeException.class,
                () -> viewer.receive(new SrpServerProof(new byte[32]))).code());
        assertThrows(IllegalStateException.class, viewer::keys);
    }
}
