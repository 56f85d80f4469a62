package dev.peerdesk.transport.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {
    private static final Fingerprint OURS = Fingerprint.sha256(new byte[] {1, 2, 3});

    @Test
    void answerToChromium() throws SdpException {
        RemoteOffer o = OfferParser.parse(Offers.CHROMIUM);
        Answer a = new Answer(o, 42, "abcd", "0123456789abcdefghijkl", OURS, DtlsSetup.ACTIVE, 5000, 262144,
                List.of(IceCandidate.parse("candidate:1 1 UDP 2130706431 192.0.2.2 45825 typ host")), false);
        assertEquals(String.join("\r\n",
                "v=0",
                "o=- 42 2 IN IP4 127.0.0.1",
                "s=-",
                "t=0 0",
                "a=group:BUNDLE 0",
                "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
                "c=IN IP4 0.0.0.0",
                "a=ice-ufrag:abcd",
                "a=ice-pwd:0123456789abcdefghijkl",
                "a=ice-options:trickle",
                "a=fingerprint:" + OURS.sdpValue(),
                "a=setup:active",
                "a=mid:0",
                "a=sctp-port:5000",
                "a=max-message-size:262144",
                "a=candidate:1 1 UDP 2130706431 192.0.2.2 45825 typ host",
                ""), a.toSdp());
    }

    @Test
    void otherSectionsAreRejectedWithPortZeroAndTheAnswerParsesBack() throws SdpException {
        String offer = Offers.CHROMIUM.replace("m=application", "m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:v\r\nm=application");
        Answer a = new Answer(OfferParser.parse(offer), 1, "abcd", "0123456789abcdefghijkl", OURS, DtlsSetup.PASSIVE,
                5000, 262144, List.of(), true);
        String sdp = a.toSdp();
        assertTrue(sdp.contains("m=video 0 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:v\r\n"), sdp);
        assertTrue(sdp.contains("a=end-of-candidates\r\n"));
        RemoteOffer back = OfferParser.parse(sdp);
        assertEquals(DtlsSetup.PASSIVE, back.setup());
        assertEquals(List.of(OURS), back.fingerprints());
        assertEquals("abcd", back.iceUfrag());
    }

    @Test
    void answersNeverSayActpass() throws SdpException {
        RemoteOffer o = OfferParser.parse(Offers.CHROMIUM);
        assertThrows(IllegalArgumentException.class, () -> new Answer(o, 1, "abcd", "0123456789abcdefghijkl", OURS,
                DtlsSetup.ACTPASS, 5000, 262144, List.of(), false));
    }
}
