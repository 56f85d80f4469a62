package dev.peerdesk.transport.dcep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.transport.sctp.Hex;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DcepTableTest {

    private static Arguments ok(String name, String hex, Consumer<DcepMessage> check) {
        return Arguments.of(name, hex, check);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                ok("RFC8832 5.1 OPEN reliable ordered", "03 00 0100 00000000 0004 0000 63686174", m -> {
                    DataChannelOpen o = assertInstanceOf(DataChannelOpen.class, m);
                    assertEquals(ChannelType.RELIABLE, o.channelType());
                    assertEquals(256, o.priority());
                    assertEquals("chat", o.label());
                    assertEquals("", o.protocol());
                }),
                ok("RFC8832 5.1 OPEN unordered rexmit 3 with protocol", "03 81 0200 00000003 0001 0002 61 7870", m -> {
                    DataChannelOpen o = (DataChannelOpen) m;
                    assertEquals(ChannelType.PARTIAL_RELIABLE_REXMIT_UNORDERED, o.channelType());
                    assertEquals(3, o.channelType().options(o.reliabilityParameter()).maxRetransmits());
                    assertEquals("xp", o.protocol());
                }),
                ok("RFC8832 5.1 OPEN timed, UTF-8 label", "03 02 0080 000003e8 0002 0000 c3a9", m -> {
                    DataChannelOpen o = (DataChannelOpen) m;
                    assertEquals(1000, o.channelType().options(o.reliabilityParameter()).maxPacketLifeTimeMillis());
                    assertEquals("é", o.label());
                }),
                ok("RFC8832 5.1 OPEN reliable unordered, empty label", "03 80 0100 00000000 0000 0000",
                        m -> assertEquals(false, ((DataChannelOpen) m).channelType().ordered())),
                ok("RFC8832 5.2 ACK", "02", m -> assertInstanceOf(DataChannelAck.class, m)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void decodesAndReencodesExactly(String name, String hex, Consumer<DcepMessage> check) throws DcepException {
        DcepMessage m = DcepMessage.decode(Hex.bytes(hex));
        check.accept(m);
        assertEquals(Hex.of(Hex.bytes(hex)), Hex.of(m.encode()));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("RFC8832 5 empty message", ""),
                Arguments.of("RFC8832 5 unknown message type", "04"),
                Arguments.of("RFC8832 5.2 ACK with extra bytes", "02 00"),
                Arguments.of("RFC8832 5.1 OPEN shorter than its fixed part", "03 00 0100 00000000 0004"),
                Arguments.of("RFC8832 5.1 OPEN label length beyond the message", "03 00 0100 00000000 0005 0000 63686174"),
                Arguments.of("RFC8832 5.1 OPEN trailing bytes after protocol", "03 00 0100 00000000 0001 0000 63 64"),
                Arguments.of("RFC8832 5.1 OPEN unknown channel type", "03 03 0100 00000000 0000 0000"),
                Arguments.of("RFC8832 5.1 OPEN label not UTF-8", "03 00 0100 00000000 0001 0000 ff"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsWithATypedException(String name, String hex) {
        assertThrows(DcepException.class, () -> DcepMessage.decode(Hex.bytes(hex)));
    }
}
