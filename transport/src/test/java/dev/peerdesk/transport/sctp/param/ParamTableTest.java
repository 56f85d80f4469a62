package dev.peerdesk.transport.sctp.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.sctp.Hex;
import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw-byte rows for every parameter type (a single parameter carries its own padding here). */
class ParamTableTest {

    private static Arguments ok(String name, String hex, Consumer<Parameter> check) {
        return Arguments.of(name, hex, check);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                ok("RFC9260 3.3.5 Heartbeat Info", "0001 0008 01020304",
                        p -> assertArrayEquals(Hex.bytes("01020304"), assertInstanceOf(HeartbeatInfoParam.class, p).info())),
                ok("RFC9260 3.3.3.1 State Cookie, padded", "0007 0005 aa 000000",
                        p -> assertEquals(1, assertInstanceOf(StateCookieParam.class, p).cookie().length)),
                ok("RFC5061 4.2.7 Supported Extensions", "8008 0006 82c0 0000", p -> {
                    SupportedExtensionsParam s = assertInstanceOf(SupportedExtensionsParam.class, p);
                    assertTrue(s.supports(130) && s.supports(192));
                    assertFalse(s.supports(64));
                }),
                ok("RFC3758 3.1 Forward-TSN-Supported", "c000 0004", p -> assertInstanceOf(ForwardTsnSupportedParam.class, p)),
                ok("RFC6525 4.1 Outgoing SSN Reset Request, two streams", "000d 0014 00000001 00000002 00000003 0004 0005", p -> {
                    OutgoingResetRequestParam r = assertInstanceOf(OutgoingResetRequestParam.class, p);
                    assertEquals(1, r.requestSeq());
                    assertEquals(2, r.responseSeq());
                    assertEquals(3, r.lastAssignedTsn());
                    assertArrayEquals(new int[] {4, 5}, r.streams());
                }),
                ok("RFC6525 4.1 Outgoing SSN Reset Request, all streams", "000d 0010 00000001 00000002 00000003",
                        p -> assertEquals(0, ((OutgoingResetRequestParam) p).streams().length)),
                ok("RFC6525 4.2 Incoming SSN Reset Request", "000e 000a 00000007 0009 0000",
                        p -> assertArrayEquals(new int[] {9}, assertInstanceOf(IncomingResetRequestParam.class, p).streams())),
                ok("RFC6525 4.4 Re-configuration Response", "0010 000c 00000001 00000006",
                        p -> assertEquals(ReconfigResponseParam.IN_PROGRESS, ((ReconfigResponseParam) p).result())),
                ok("RFC6525 4.4 Re-configuration Response with TSNs", "0010 0014 00000001 00000001 0000000a 0000000b", p -> {
                    ReconfigResponseParam r = (ReconfigResponseParam) p;
                    assertTrue(r.hasTsns());
                    assertEquals(11, r.receiverNextTsn());
                }),
                ok("RFC9260 3.2.1 unknown parameter kept opaque", "8001 0008 00000001",
                        p -> assertEquals(0x8001, assertInstanceOf(UnknownParam.class, p).type())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void decodesAndReencodesExactly(String name, String hex, Consumer<Parameter> check) throws SctpException {
        byte[] raw = Hex.bytes(hex);
        List<Parameter> params = ParamCodec.decodeAll(ByteBuffer.wrap(raw));
        assertEquals(1, params.size());
        check.accept(params.get(0));
        assertEquals(Hex.of(raw), Hex.of(ParamCodec.encode(params.get(0))));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("RFC9260 3.2.1 short parameter header", "0001 00"),
                Arguments.of("RFC9260 3.2.1 length below the header", "0001 0003"),
                Arguments.of("RFC9260 3.2.1 length beyond the chunk", "0001 0010 0102"),
                Arguments.of("RFC9260 3.2.1 missing padding before the next parameter", "0007 0005 aa 0001"),
                Arguments.of("RFC9260 3.3.3.1 empty State Cookie", "0007 0004"),
                Arguments.of("RFC3758 3.1 Forward-TSN-Supported with a value", "c000 0008 00000000"),
                Arguments.of("RFC6525 4.1 Outgoing SSN Reset Request too short", "000d 000c 00000001 00000002"),
                Arguments.of("RFC6525 4.1 Outgoing SSN Reset Request odd stream list", "000d 0013 00000001 00000002 00000003 0004 00 00"),
                Arguments.of("RFC6525 4.2 Incoming SSN Reset Request too short", "000e 0006 0001 0000"),
                Arguments.of("RFC6525 4.4 Re-configuration Response with one TSN", "0010 0010 00000001 00000001 00000000"),
                Arguments.of("RFC6525 4.4 Re-configuration Response too short", "0010 0008 00000001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsWithATypedException(String name, String hex) {
        assertThrows(SctpException.class, () -> ParamCodec.decodeAll(ByteBuffer.wrap(Hex.bytes(hex))));
    }
}
