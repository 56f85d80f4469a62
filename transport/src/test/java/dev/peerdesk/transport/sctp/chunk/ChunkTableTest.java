package dev.peerdesk.transport.sctp.chunk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.sctp.Hex;
import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.param.ForwardTsnSupportedParam;
import dev.peerdesk.transport.sctp.param.OutgoingResetRequestParam;
import dev.peerdesk.transport.sctp.param.ReconfigResponseParam;
import dev.peerdesk.transport.sctp.param.SupportedExtensionsParam;
import dev.peerdesk.transport.sctp.param.UnknownParam;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw-byte rows for every chunk type: success rows round-trip exactly, failure rows are typed errors. */
class ChunkTableTest {

    private static Arguments ok(String name, String hex, Consumer<Chunk> check) {
        return Arguments.of(name, hex, check);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                ok("RFC9260 3.3.1 DATA single fragment", "00 03 0014 00000001 0002 0003 00000033 61626364", c -> {
                    DataChunk d = assertInstanceOf(DataChunk.class, c);
                    assertEquals(1, d.tsn());
                    assertEquals(2, d.streamId());
                    assertEquals(3, d.ssn());
                    assertEquals(51, d.ppid());
                    assertTrue(d.beginning() && d.ending() && !d.unordered() && !d.immediate());
                    assertArrayEquals("abcd".getBytes(), d.data());
                }),
                ok("RFC9260 3.3.1 DATA unordered middle fragment, padded", "00 04 0013 ffffffff 0000 0000 00000035 616263 00", c -> {
                    DataChunk d = assertInstanceOf(DataChunk.class, c);
                    assertTrue(d.unordered() && !d.beginning() && !d.ending());
                    assertEquals(-1, d.tsn());
                    assertEquals(3, d.data().length);
                }),
                ok("RFC7053 DATA with I bit", "00 0b 0011 00000009 0001 0000 00000035 ff 000000",
                        c -> assertTrue(((DataChunk) c).immediate())),
                ok("RFC9260 3.3.2 INIT with extensions", "01 00 0020 11223344 00100000 ffff ffff 01020304 8008 0006 82c0 0000 c000 0004", c -> {
                    InitFields f = assertInstanceOf(InitChunk.class, c).fields();
                    assertEquals(0x11223344, f.initiateTag());
                    assertEquals(0x100000, f.aRwnd());
                    assertEquals(65535, f.outboundStreams());
                    assertEquals(0x01020304, f.initialTsn());
                    assertTrue(f.find(SupportedExtensionsParam.class).supports(ChunkType.RE_CONFIG));
                    assertTrue(f.find(SupportedExtensionsParam.class).supports(ChunkType.FORWARD_TSN));
                    assertTrue(f.find(ForwardTsnSupportedParam.class) != null);
                }),
                ok("RFC9260 3.3.2 INIT keeps an unknown parameter (RFC9653 zero checksum)", "01 00 001c 00000001 00001000 0001 0001 00000000 8001 0008 00000001", c ->
                        assertInstanceOf(UnknownParam.class, ((InitChunk) c).fields().params().get(0))),
                ok("RFC9260 3.3.3 INIT ACK with State Cookie", "02 00 001c 55667788 00010000 0400 0400 00000010 0007 0008 deadbeef", c ->
                        assertArrayEquals(Hex.bytes("deadbeef"), assertInstanceOf(InitAckChunk.class, c).cookie())),
                ok("RFC9260 3.3.4 SACK with gap block and duplicate", "03 00 0018 00000010 00010000 0001 0001 0002 0003 0000000c", c -> {
                    SackChunk s = assertInstanceOf(SackChunk.class, c);
                    assertEquals(16, s.cumulativeTsnAck());
                    assertEquals(65536, s.aRwnd());
                    assertArrayEquals(new int[] {2, 3}, s.gaps());
                    assertArrayEquals(new int[] {12}, s.duplicateTsns());
                }),
                ok("RFC9260 3.3.4 SACK without blocks", "03 00 0010 7fffffff ffffffff 0000 0000",
                        c -> assertEquals(0xffffffffL, ((SackChunk) c).aRwnd())),
                ok("RFC9260 3.3.5 HEARTBEAT", "04 00 000c 0001 0008 01020304",
                        c -> assertArrayEquals(Hex.bytes("01020304"), ((HeartbeatChunk) c).info().info())),
                ok("RFC9260 3.3.6 HEARTBEAT ACK", "05 00 000b 0001 0007 010203 00",
                        c -> assertEquals(3, ((HeartbeatAckChunk) c).info().info().length)),
                ok("RFC9260 3.3.7 ABORT with T bit and User-Initiated Abort", "06 01 0009 000c 0005 78 000000", c -> {
                    AbortChunk a = assertInstanceOf(AbortChunk.class, c);
                    assertTrue(a.tagReflected());
                    assertEquals(ErrorCause.USER_INITIATED_ABORT, a.causes().get(0).code());
                }),
                ok("RFC9260 3.3.7 ABORT without causes", "06 00 0004", c -> assertFalse(((AbortChunk) c).tagReflected())),
                ok("RFC9260 3.3.8 SHUTDOWN", "07 00 0008 12345678", c -> assertEquals(0x12345678, ((ShutdownChunk) c).cumulativeTsnAck())),
                ok("RFC9260 3.3.9 SHUTDOWN ACK", "08 00 0004", c -> assertInstanceOf(ShutdownAckChunk.class, c)),
                ok("RFC9260 3.3.10 ERROR Stale Cookie", "09 00 000c 0003 0008 000003e8",
                        c -> assertEquals(ErrorCause.STALE_COOKIE, ((ErrorChunk) c).causes().get(0).code())),
                ok("RFC9260 3.3.10 ERROR two causes, first padded", "09 00 0010 0001 0006 0005 0000 0009 0004",
                        c -> assertEquals(2, ((ErrorChunk) c).causes().size())),
                ok("RFC9260 3.3.11 COOKIE ECHO padded", "0a 00 0007 010203 00", c -> assertEquals(3, ((CookieEchoChunk) c).cookie().length)),
                ok("RFC9260 3.3.12 COOKIE ACK", "0b 00 0004", c -> assertInstanceOf(CookieAckChunk.class, c)),
                ok("RFC9260 3.3.13 SHUTDOWN COMPLETE with T bit", "0e 01 0004", c -> assertTrue(((ShutdownCompleteChunk) c).tagReflected())),
                ok("RFC3758 3.2 FORWARD TSN with a stream", "c0 00 000c 00000005 0001 0002", c -> {
                    ForwardTsnChunk f = assertInstanceOf(ForwardTsnChunk.class, c);
                    assertEquals(5, f.newCumulativeTsn());
                    assertArrayEquals(new int[] {1, 2}, f.streams());
                }),
                ok("RFC6525 3.1 RE-CONFIG outgoing reset request", "82 00 0016 000d 0012 00000001 00000002 00000003 0004 0000", c ->
                        assertArrayEquals(new int[] {4}, ((OutgoingResetRequestParam) ((ReconfigChunk) c).params().get(0)).streams())),
                ok("RFC6525 3.1 RE-CONFIG response", "82 00 0010 0010 000c 00000001 00000001", c ->
                        assertEquals(ReconfigResponseParam.SUCCESS_PERFORMED, ((ReconfigResponseParam) ((ReconfigChunk) c).params().get(0)).result())),
                ok("RFC9260 3.2 unknown chunk type kept opaque", "40 05 0005 aa 000000", c -> {
                    UnknownChunk u = assertInstanceOf(UnknownChunk.class, c);
                    assertTrue(u.stopProcessing() && u.report());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void decodesAndReencodesExactly(String name, String hex, Consumer<Chunk> check) throws SctpException {
        byte[] raw = Hex.bytes(hex);
        List<Chunk> chunks = ChunkCodec.decodeAll(ByteBuffer.wrap(raw));
        assertEquals(1, chunks.size());
        check.accept(chunks.get(0));
        assertEquals(Hex.of(raw), Hex.of(ChunkCodec.encode(chunks.get(0))));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("RFC9260 3.2 short chunk header", "00 03 00"),
                Arguments.of("RFC9260 3.2 length below the header", "0b 00 0002"),
                Arguments.of("RFC9260 3.2 length beyond the packet", "07 00 0010 12345678"),
                Arguments.of("RFC9260 3.2 missing padding before the next chunk", "0a 00 0005 01 0b00"),
                Arguments.of("RFC9260 3.3.1 DATA without user data", "00 03 0010 00000001 0002 0003 00000033"),
                Arguments.of("RFC9260 3.3.1 DATA shorter than its header", "00 03 000c 00000001 0002 0003"),
                Arguments.of("RFC9260 3.3.2 INIT with initiate tag 0", "01 00 0014 00000000 00100000 ffff ffff 01020304"),
                Arguments.of("RFC9260 3.3.2 INIT with zero inbound streams", "01 00 0014 00000001 00100000 ffff 0000 01020304"),
                Arguments.of("RFC9260 3.3.2 INIT shorter than its fixed part", "01 00 0010 00000001 00100000 ffff ffff"),
                Arguments.of("RFC9260 3.2.1 INIT parameter length below header", "01 00 0018 00000001 00100000 ffff ffff 01020304 0007 0002"),
                Arguments.of("RFC9260 3.2.1 INIT parameter missing padding", "01 00 001c 00000001 00100000 ffff ffff 01020304 8008 0005 82 000000 c000"),
                Arguments.of("RFC9260 3.3.3 INIT ACK without State Cookie", "02 00 0018 00000001 00100000 ffff ffff 01020304 c000 0004"),
                Arguments.of("RFC9260 3.3.4 SACK gap count beyond length", "03 00 0010 00000010 00010000 0001 0000"),
                Arguments.of("RFC9260 3.3.4 SACK gap end before start", "03 00 0014 00000010 00010000 0001 0000 0005 0003"),
                Arguments.of("RFC9260 3.3.4 SACK gap starting at 0", "03 00 0014 00000010 00010000 0001 0000 0000 0003"),
                Arguments.of("RFC9260 3.3.5 HEARTBEAT without Heartbeat Info", "04 00 0004"),
                Arguments.of("RFC9260 3.3.5 HEARTBEAT with the wrong parameter", "04 00 0008 c000 0004"),
                Arguments.of("RFC9260 3.3.8 SHUTDOWN with a short value", "07 00 0006 1234 0000"),
                Arguments.of("RFC9260 3.3.9 wrong type: SHUTDOWN body under SHUTDOWN ACK", "08 00 0008 12345678"),
                Arguments.of("RFC9260 3.3.10 ERROR without cause", "09 00 0004"),
                Arguments.of("RFC9260 3.3.10 ERROR cause longer than the chunk", "09 00 0008 0003 0010"),
                Arguments.of("RFC9260 3.3.10 ERROR cause length below header", "09 00 0008 0003 0002"),
                Arguments.of("RFC9260 3.3.11 COOKIE ECHO without cookie", "0a 00 0004"),
                Arguments.of("RFC9260 3.3.12 wrong type: COOKIE ECHO body under COOKIE ACK", "0b 00 0005 01 000000"),
                Arguments.of("RFC9260 3.3.13 SHUTDOWN COMPLETE with a value", "0e 00 0008 00000000"),
                Arguments.of("RFC3758 3.2 FORWARD TSN half a stream entry", "c0 00 000a 00000005 0001 0000"),
                Arguments.of("RFC3758 3.2 FORWARD TSN without new cumulative TSN", "c0 00 0004"),
                Arguments.of("RFC6525 3.1 RE-CONFIG without parameters", "82 00 0004"),
                Arguments.of("RFC6525 3.1 RE-CONFIG with three parameters", "82 00 001c 0010 0008 00000001 0010 0008 00000002 0010 0008 00000003"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsWithATypedException(String name, String hex) {
        assertThrows(SctpException.class, () -> ChunkCodec.decodeAll(ByteBuffer.wrap(Hex.bytes(hex))));
    }
}
