package dev.peerdesk.transport.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.sdp.SdpException.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OfferParserTest {

    @Test
    void chromiumOffer() throws SdpException {
        RemoteOffer o = OfferParser.parse(Offers.CHROMIUM);
        assertEquals("0", o.mid());
        assertEquals("v55b", o.iceUfrag());
        assertEquals("E/ziWCNM0+A2fIbz2BgSGFcO", o.icePwd());
        assertEquals(DtlsSetup.ACTPASS, o.setup());
        assertEquals(5000, o.sctpPort());
        assertEquals(262144, o.maxMessageSize());
        assertEquals(List.of(Fingerprint.parse("sha-256 " + Offers.FP)), o.fingerprints());
        assertTrue(o.candidates().isEmpty());
        assertFalse(o.endOfCandidates());
        assertEquals(0, o.dataSectionIndex());
    }

    @Test
    void sessionLevelAttributesInlineCandidatesAndLfLineEnds() throws SdpException {
        RemoteOffer o = OfferParser.parse(Offers.INLINE);
        assertEquals("abcd", o.iceUfrag());
        assertEquals(DtlsSetup.ACTIVE, o.setup());
        assertEquals(5001, o.sctpPort());
        assertEquals(65536, o.maxMessageSize(), "RFC 8841 section 6: absent means 64 KiB");
        assertEquals(2, o.candidates().size());
        assertEquals("srflx", o.candidates().get(1).type());
        assertEquals("127.0.0.1", o.candidates().get(1).relatedAddress());
        assertTrue(o.endOfCandidates());
    }

    @Test
    void mediaSectionsBesideDataAreKeptForRejection() throws SdpException {
        String sdp = Offers.CHROMIUM.replace("m=application", "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:a\r\nm=application");
        RemoteOffer o = OfferParser.parse(sdp);
        assertEquals(1, o.dataSectionIndex());
        assertEquals("audio", o.sections().get(0).media());
        assertEquals("a", o.sections().get(0).mid());
    }

    static Stream<Arguments> bad() {
        String c = Offers.CHROMIUM;
        return Stream.of(
                Arguments.of("RFC8866 5.1 version must be 0", c.replace("v=0", "v=1"), Problem.MALFORMED_LINE),
                Arguments.of("RFC8866 5 no v= line", c.replace("v=0\r\n", ""), Problem.MISSING_LINE),
                Arguments.of("RFC8866 5 type must be one letter", c.replace("s=-", "ss=-"), Problem.MALFORMED_LINE),
                Arguments.of("RFC8866 5 upper-case type", c.replace("s=-", "S=-"), Problem.MALFORMED_LINE),
                Arguments.of("RFC8866 5.14 short m-line", c.replace("9 UDP/DTLS/SCTP webrtc-datachannel", "9"),
                        Problem.MALFORMED_LINE),
                Arguments.of("RFC8841 4 no data channel section", c.replace("webrtc-datachannel", "5000"),
                        Problem.NO_DATA_CHANNEL_SECTION),
                Arguments.of("RFC8841 4 old DTLS/SCTP proto", c.replace("UDP/DTLS/SCTP", "DTLS/SCTP"),
                        Problem.NO_DATA_CHANNEL_SECTION),
                Arguments.of("RFC8839 5.4 no ufrag", c.replace("a=ice-ufrag:v55b\r\n", ""), Problem.BAD_ICE_CREDENTIALS),
                Arguments.of("RFC8839 5.4 ufrag too short", c.replace("ice-ufrag:v55b", "ice-ufrag:v5b"),
                        Problem.BAD_ICE_CREDENTIALS),
                Arguments.of("RFC8839 5.4 pwd too short", c.replace("E/ziWCNM0+A2fIbz2BgSGFcO", "short"),
                        Problem.BAD_ICE_CREDENTIALS),
                Arguments.of("RFC8839 5.4 ufrag bad char", c.replace("ice-ufrag:v55b", "ice-ufrag:v5 b"),
                        Problem.BAD_ICE_CREDENTIALS),
                Arguments.of("RFC8842 5.1 no fingerprint", c.replace("a=fingerprint:sha-256 " + Offers.FP + "\r\n", ""),
                        Problem.BAD_FINGERPRINT),
                Arguments.of("RFC8122 5 unknown hash", c.replace("sha-256 8B", "md5 8B"), Problem.BAD_FINGERPRINT),
                Arguments.of("RFC8122 5 short digest", c.replace(":F3:13", ":F3"), Problem.BAD_FINGERPRINT),
                Arguments.of("RFC8122 5 not hex", c.replace("8B:C6", "8G:C6"), Problem.BAD_FINGERPRINT),
                Arguments.of("RFC8122 5 wrong separator", c.replace("8B:C6", "8B-C6"), Problem.BAD_FINGERPRINT),
                Arguments.of("RFC4145 4 unknown setup", c.replace("setup:actpass", "setup:both"), Problem.BAD_SETUP),
                Arguments.of("RFC4145 4 holdconn", c.replace("setup:actpass", "setup:holdconn"), Problem.BAD_SETUP),
                Arguments.of("RFC8841 5 sctp-port 0", c.replace("sctp-port:5000", "sctp-port:0"), Problem.BAD_SCTP_PORT),
                Arguments.of("RFC8841 5 sctp-port 65536", c.replace("sctp-port:5000", "sctp-port:65536"),
                        Problem.BAD_SCTP_PORT),
                Arguments.of("RFC8841 5 sctp-port sign", c.replace("sctp-port:5000", "sctp-port:-1"),
                        Problem.BAD_SCTP_PORT),
                Arguments.of("RFC8841 6 max-message-size word", c.replace("max-message-size:262144", "max-message-size:big"),
                        Problem.BAD_MAX_MESSAGE_SIZE),
                Arguments.of("RFC8841 6 max-message-size over 32 bits",
                        c.replace("max-message-size:262144", "max-message-size:4294967296"), Problem.BAD_MAX_MESSAGE_SIZE),
                Arguments.of("RFC8839 5.1 bad inline candidate", c + "a=candidate:1 1 UDP x 1.2.3.4 5 typ host\r\n",
                        Problem.BAD_CANDIDATE),
                Arguments.of("too large", c + "a=x:" + "y".repeat(OfferParser.MAX_LENGTH), Problem.TOO_LARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void rejected(String name, String sdp, Problem problem) {
        SdpException e = assertThrows(SdpException.class, () -> OfferParser.parse(sdp));
        assertEquals(problem, e.problem(), e.getMessage());
    }

    @Test
    void unknownAttributesAndLinesAreIgnored() throws SdpException {
        String sdp = Offers.CHROMIUM.replace("a=mid:0", "a=mid:0\r\na=x-unknown:1 2 3\r\nb=AS:30\r\ni=info");
        assertEquals("0", OfferParser.parse(sdp).mid());
    }

    @Test
    void maxMessageSizeZeroMeansUnlimited() throws SdpException {
        assertEquals(0, OfferParser.parse(Offers.CHROMIUM.replace("max-message-size:262144", "max-message-size:0"))
                .maxMessageSize());
    }
}
