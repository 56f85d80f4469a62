package dev.peerdesk.transport.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IceCandidateTest {

    @Test
    void chromiumMdnsHostCandidate() throws SdpException {
        IceCandidate c = IceCandidate.parse("candidate:113726424 1 udp 2113937151 88e9c0c2-e9b3-482f-8b9c-324489cf86ff.local"
                + " 43869 typ host generation 0 ufrag v55b network-cost 999");
        assertEquals("113726424", c.foundation());
        assertEquals(1, c.component());
        assertEquals("udp", c.transport());
        assertEquals(2113937151L, c.priority());
        assertEquals(43869, c.port());
        assertEquals("host", c.type());
        assertTrue(c.isMdns());
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of("candidate:1 1 UDP 2130706431 192.0.2.2 45825 typ host"),
                Arguments.of("candidate:2 1 UDP 2130706431 fd00:0:0:0:0:0:0:2 42600 typ host"),
                Arguments.of("candidate:3 1 UDP 1686052607 203.0.113.7 50001 typ srflx raddr 192.0.2.2 rport 50000"),
                Arguments.of("candidate:4 1 UDP 16777215 198.51.100.1 49152 typ relay raddr 203.0.113.7 rport 50001"),
                Arguments.of("candidate:5 1 TCP 1518280447 192.0.2.2 9 typ host tcptype active"));
    }

    @ParameterizedTest
    @MethodSource("roundTrips")
    void formatsWhatItParses(String text) throws SdpException {
        assertEquals(text, IceCandidate.parse(text).sdpValue());
        assertEquals(text, IceCandidate.parse("a=" + text).sdpValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "candidate:", "candidate:1 1 UDP 1 1.2.3.4 5 host", "candidate:1 1 UDP 1 1.2.3.4 5 typ",
        "candidate:1 0 UDP 1 1.2.3.4 5 typ host", "candidate:1 257 UDP 1 1.2.3.4 5 typ host",
        "candidate:1 1 SCTP 1 1.2.3.4 5 typ host", "candidate:1 1 UDP 0 1.2.3.4 5 typ host",
        "candidate:1 1 UDP 4294967296 1.2.3.4 5 typ host", "candidate:1 1 UDP 1 1.2.3.4 65536 typ host",
        "candidate:1 1 UDP 1 1.2.3.4 5 typ bogus", "candidate:1 1 UDP 1 1.2.3.4 5 typ host raddr",
        "candidate:1 1 UDP 1 1.2.3.4 5 typ srflx raddr 1.2.3.4 rport x", "candidate:1 1 UDP 1 a/b 5 typ host",
        "candidate:f\u00f6 1 UDP 1 1.2.3.4 5 typ host", "candidate:1 1 UDP 1  5 typ host",
        "candidate:123456789012345678901234567890123 1 UDP 1 1.2.3.4 5 typ host"})
    void rejects(String text) {
        assertThrows(SdpException.class, () -> IceCandidate.parse(text));
    }
}
