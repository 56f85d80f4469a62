package dev.peerdesk.signaling.broker;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TestTamperingTest {
    private static final String SDP = "v=0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
            + "a=fingerprint:sha-256 AB:CD:EF\r\na=setup:active\r\n";

    @Test
    void offByDefaultAndChangesOnlyTheFingerprintWhenOn() {
        assertNull(System.getProperty(TestTampering.PROPERTY));
        assertEquals(SDP, TestTampering.answer(SDP));
        System.setProperty(TestTampering.PROPERTY, "true");
        try {
            String t = TestTampering.answer(SDP);
            assertEquals(SDP.replace("AB:CD:EF", "AB:CD:E0"), t);
        } finally {
            System.clearProperty(TestTampering.PROPERTY);
        }
    }
}
