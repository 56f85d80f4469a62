package dev.peerdesk.protocol.handshake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.protocol.ProtocolVersion;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.srp.SrpClient;
import dev.peerdesk.protocol.srp.SrpError;
import dev.peerdesk.protocol.srp.SrpException;
import dev.peerdesk.protocol.srp.SrpMath;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpServer;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChannelBindingTest {
    static final SrpParameters P = SrpParameters.production(ModArithmetic.JAVA);
    static final String HOST_ID = "123456789";
    static final byte[] HOST_KEY = new byte[32];
    static final String VIEWER_FP = "sha-256 AA:BB:CC:DD";
    static final String HOST_FP = "sha-256 11:22:33:44";
    static final String ATTACKER_FP = "sha-256 66:66:66:66";
    static final Random RANDOM = new Random(3);

    static {
        Arrays.fill(HOST_KEY, (byte) 7);
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static byte[] t(String viewerFp, String hostFp) {
        return ChannelBinding.transcript(ProtocolVersion.CURRENT, HOST_ID, HOST_KEY, viewerFp, hostFp);
    }

    @Test
    void sameViewOnBothSidesAuthenticates() throws Exception {
        SrpVerifier stored = SrpVerifier.generate(P, random(16), HOST_ID, "pw");
        // The viewer writes its fingerprint in its own notation; normalization makes them agree.
        SrpClient viewer = new SrpClient(P, HOST_ID, "pw", t("SHA-256 aa:bb:cc:dd", HOST_FP), random(32));
        SrpServer host = new SrpServer(P, stored, t(VIEWER_FP, " sha-256 11:22:33:44 "), random(32));
        byte[] m2 = host.verify(viewer.respond(host.salt(), host.challenge(viewer.start())));
        assertArrayEquals(host.sessionKey(), viewer.finish(m2));
    }

    @Test
    void everyFieldChangesTheTranscript() {
        byte[] base = t(VIEWER_FP, HOST_FP);
        byte[][] variants = {
            ChannelBinding.transcript(ProtocolVersion.CURRENT + 1, HOST_ID, HOST_KEY, VIEWER_FP, HOST_FP),
            ChannelBinding.transcript(ProtocolVersion.CURRENT, "123456788", HOST_KEY, VIEWER_FP, HOST_FP),
            ChannelBinding.transcript(ProtocolVersion.CURRENT, HOST_ID, new byte[32], VIEWER_FP, HOST_FP),
            t(ATTACKER_FP, HOST_FP),
            t(VIEWER_FP, ATTACKER_FP),
            t(HOST_FP, VIEWER_FP),
        };
        for (byte[] v : variants) {
            assertFalse(Arrays.equals(base, v));
        }
    }

    /**
     * A man in the middle gives the viewer its own certificate as the host's and the host its own
     * as the viewer's. The host refuses M1; and an M2 made over the host's view fails at the viewer.
     */
    @Test
    void swappedFingerprintFailsOnBothSides() throws Exception {
        byte[] b = random(32);
        SrpVerifier stored = SrpVerifier.generate(P, random(16), HOST_ID, "pw");
        byte[] viewerView = t(VIEWER_FP, ATTACKER_FP);
        byte[] hostView = t(ATTACKER_FP, HOST_FP);
        SrpClient viewer = new SrpClient(P, HOST_ID, "pw", viewerView, random(32));
        SrpServer host = new SrpServer(P, stored, hostView, b);

        byte[] a = viewer.start();
        byte[] bigB = host.challenge(a);
        byte[] m1 = viewer.respond(host.salt(), bigB);
        SrpException atHost = assertThrows(SrpException.class, () -> host.verify(m1));
        assertEquals(SrpError.BAD_CLIENT_PROOF, atHost.error());

        // The host's M2 had it accepted: same password, same S, but its own transcript.
        BigInteger bigA = new BigInteger(1, a);
        BigInteger v = new BigInteger(1, stored.verifier());
        BigInteger u = SrpMath.u(P, bigA, new BigInteger(1, bigB));
        BigInteger s = SrpMath.serverSecret(P, v, u, new BigInteger(1, b), bigA);
        byte[] m2 = SrpMath.serverProof(P, bigA, m1, s, hostView);
        SrpException atViewer = assertThrows(SrpException.class, () -> viewer.finish(m2));
        assertEquals(SrpError.BAD_SERVER_PROOF, atViewer.error());
    }

    @Test
    void fingerprintWithoutAlgorithmIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChannelBinding.normalizeFingerprint("AA:BB"));
    }
}
