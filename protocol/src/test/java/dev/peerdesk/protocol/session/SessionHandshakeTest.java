package dev.peerdesk.protocol.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.ProtocolVersion;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.message.ClipboardText;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.KeyframeRequest;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.ProtocolException;
import dev.peerdesk.protocol.message.SrpServerProof;
import dev.peerdesk.protocol.record.RecordError;
import dev.peerdesk.protocol.record.RecordException;
import dev.peerdesk.protocol.session.HandshakeStep.Outcome;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionHandshakeTest {
    private static final SrpParameters P = SrpParameters.production(ModArithmetic.JAVA);
    private static final String VIEWER_FP = "sha-256 AA:BB:CC";
    private static final String HOST_FP = "sha-256 11:22:33";
    private final Random random = new Random(7);

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] transcript(String viewerFp, String hostFp) {
        return ChannelBinding.transcript(ProtocolVersion.CURRENT, "123456789",
                "host-key".getBytes(StandardCharsets.US_ASCII), viewerFp, hostFp);
    }

    private SrpVerifier verifier(String password) {
        return SrpVerifier.generate(P, bytes(16), ViewerHandshake.IDENTITY, password);
    }

    private HostHandshake host(byte[] transcript, String... passwords) {
        List<SrpVerifier> vs = new java.util.ArrayList<>();
        List<byte[]> secrets = new java.util.ArrayList<>();
        for (String p : passwords) {
            vs.add(verifier(p));
            secrets.add(bytes(32));
        }
        return new HostHandshake(P, vs, transcript, secrets, JcaAesGcm.FACTORY);
    }

    private ViewerHandshake viewer(byte[] transcript, String password) {
        return new ViewerHandshake(P, password, transcript, bytes(32), JcaAesGcm.FACTORY);
    }

    /** Runs the flow; returns {host's last step, viewer's last step}. */
    private static HandshakeStep[] run(HostHandshake h, ViewerHandshake v) {
        HandshakeStep hs = h.receive(v.start());
        if (hs.outcome() == Outcome.FAILED) {
            return new HandshakeStep[] {hs, v.receive(hs.reply())};
        }
        HandshakeStep vs = v.receive(hs.reply());
        if (vs.outcome() == Outcome.FAILED) {
            return new HandshakeStep[] {hs, vs};
        }
        hs = h.receive(vs.reply());
        return new HandshakeStep[] {hs, v.receive(hs.reply())};
    }

    @Test
    void eitherPasswordEstablishesAndRecordsFlowBothWays() throws Exception {
        for (String typed : new String[] {"one-time 4711", "permanent secret"}) {
            byte[] t = transcript(VIEWER_FP, HOST_FP);
            HandshakeStep[] end = run(host(t, "one-time 4711", "permanent secret"), viewer(t, typed));
            assertEquals(Outcome.ESTABLISHED, end[0].outcome(), typed);
            assertEquals(Outcome.ESTABLISHED, end[1].outcome(), typed);
            SecureSession hostSide = end[0].session();
            SecureSession viewerSide = end[1].session();

            byte[] r = viewerSide.seal(SessionChannel.CONTROL, new ClipboardText("hello"), new KeyframeRequest());
            List<Message> got = hostSide.open(SessionChannel.CONTROL, r).messages();
            assertEquals(List.of(new ClipboardText("hello"), new KeyframeRequest()), got);
            byte[] back = hostSide.seal(SessionChannel.VIDEO, new KeyframeRequest());
            assertEquals(List.of(new KeyframeRequest()), viewerSide.open(SessionChannel.VIDEO, back).messages());
            assertTrue(viewerSide.open(SessionChannel.CONTROL, hostSide.sealClose(SessionChannel.CONTROL)).close());
        }
    }

    @Test
    void wrongPasswordCountsAsRejectedAndViewerSeesAuthenticationFailed() {
        byte[] t = transcript(VIEWER_FP, HOST_FP);
        HandshakeStep[] end = run(host(t, "right"), viewer(t, "wrong"));
        assertEquals(Outcome.FAILED, end[0].outcome());
        assertTrue(end[0].passwordRejected());
        assertEquals(ErrorCode.AUTHENTICATION_FAILED, end[1].error());
        assertNull(end[1].session());
    }

    @Test
    void swappedFingerprintIsReportedAsInterceptionNotAsPasswordFailure() {
        HostHandshake h = host(transcript(VIEWER_FP, HOST_FP), "right");
        ViewerHandshake v = viewer(transcript("sha-256 EE:EE:EE", HOST_FP), "right");
        HandshakeStep[] end = run(h, v);
        assertEquals(ErrorCode.POSSIBLE_INTERCEPTION, end[0].error());
        assertFalse(end[0].passwordRejected());
        assertEquals(ErrorCode.POSSIBLE_INTERCEPTION, end[1].error());
    }

    @Test
    void forgedServerProofIsInterceptionAtTheViewer() {
        byte[] t = transcript(VIEWER_FP, HOST_FP);
        HostHandshake h = host(t, "right");
        ViewerHandshake v = viewer(t, "right");
        HandshakeStep challenge = h.receive(v.start());
        HandshakeStep proofs = v.receive(challenge.reply());
        assertEquals(Outcome.ESTABLISHED, h.receive(proofs.reply()).outcome());
        HandshakeStep end = v.receive(Frames.encode(new SrpServerProof(bytes(32))));
        assertEquals(ErrorCode.POSSIBLE_INTERCEPTION, end.error());
    }

    @Test
    void hostErrorBeforeChallengeReachesViewerWithItsCode() {
        ViewerHandshake v = viewer(transcript(VIEWER_FP, HOST_FP), "x");
        v.start();
        HandshakeStep end = v.receive(Frames.encode(new ErrorMessage(ErrorCode.TRY_LATER, "wait 64 s")));
        assertEquals(ErrorCode.TRY_LATER, end.error());
        assertEquals("wait 64 s", end.detail());
    }

    @Test
    void garbageAndOutOfOrderMessagesAreProtocolViolations() {
        byte[] t = transcript(VIEWER_FP, HOST_FP);
        for (byte[] bad : new byte[][] {{}, {1}, {1, 0x06, 0, 0, 0, 9}, Frames.encode(new KeyframeRequest()),
                bytes(300)}) {
            HandshakeStep s = host(t, "p").receive(bad);
            assertEquals(ErrorCode.PROTOCOL_VIOLATION, s.error());
            assertNotNull(s.reply());
        }
        HostHandshake h = host(t, "p");
        ViewerHandshake v = viewer(t, "p");
        h.receive(v.start());
        assertEquals(ErrorCode.PROTOCOL_VIOLATION, h.receive(Frames.encode(new KeyframeRequest())).error());
    }

    @Test
    void replayedAndCrossChannelRecordsAreRefused() throws Exception {
        byte[] t = transcript(VIEWER_FP, HOST_FP);
        HandshakeStep[] end = run(host(t, "p"), viewer(t, "p"));
        byte[] r = end[1].session().seal(SessionChannel.CONTROL, new KeyframeRequest());
        end[0].session().open(SessionChannel.CONTROL, r);
        RecordException replay = assertThrows(RecordException.class, () -> end[0].session().open(SessionChannel.CONTROL, r));
        assertEquals(RecordError.REPLAY, replay.error());
        byte[] other = end[1].session().seal(SessionChannel.FILES, new KeyframeRequest());
        RecordException moved = assertThrows(RecordException.class, () -> end[0].session().open(SessionChannel.VIDEO, other));
        assertEquals(RecordError.FORGED, moved.error());
    }

    @Test
    void framesRejectTrailingPartialFrame() {
        byte[] one = Frames.encode(new KeyframeRequest());
        byte[] withTail = java.util.Arrays.copyOf(one, one.length + 3);
        withTail[one.length] = 1;
        assertThrows(ProtocolException.class, () -> Frames.decodeAll(withTail));
        assertArrayEquals(one, Frames.encode(new KeyframeRequest()));
    }
}
