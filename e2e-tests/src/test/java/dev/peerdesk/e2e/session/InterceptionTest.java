package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * Case 7: the signaling server (test-only switch) changes the host's DTLS fingerprint in the
 * answer it relays, as a man in the middle would. The password is right, yet the SRP proofs over
 * the channel binding fail: the viewer refuses with the interception message.
 */
class InterceptionTest {
    @Test
    void swappedFingerprintIsReportedAsInterception() throws Exception {
        try (Rig rig = Rig.start(false, true); Browser b = new Browser()) {
            b.open(rig.server.url());
            b.connect(rig.desk.id, rig.desk.password());
            assertEquals("failed", b.awaitStage(SessionTest.WAIT, "failed", "connected"));
            assertTrue(b.body("data-error").startsWith("The connection may be intercepted"), b.body("data-error"));
            assertEquals(0, b.frames());
        }
    }
}
