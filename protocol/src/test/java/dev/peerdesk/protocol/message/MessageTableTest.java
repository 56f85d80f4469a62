package dev.peerdesk.protocol.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.protocol.crypto.Hex;
import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw bytes of every message type: encode gives exactly these bytes, parse gives the message back. */
class MessageTableTest {
    static Stream<Arguments> valid() {
        return Stream.of(
            row("srp client hello", new SrpClientHello("ab", Hex.decode("0102")),
                "01 01 00000008 0002 6162 0002 0102"),
            row("srp challenge", new SrpChallenge(Hex.decode("aa"), Hex.decode("bbcc")),
                "01 02 00000007 0001 aa 0002 bbcc"),
            row("srp client proof", new SrpClientProof(Hex.decode("0011")), "01 03 00000004 0002 0011"),
            row("binding hello (channel-binding transcript)", new BindingHello(Hex.decode("aabb")), "01 06 00000004 0002 aabb"),
            row("srp server proof", new SrpServerProof(new byte[0]), "01 04 00000002 0000"),
            row("error", new ErrorMessage(ErrorCode.POSSIBLE_INTERCEPTION, "é"),
                "01 05 00000006 0003 0002 c3a9"),
            row("pointer down right", new PointerEvent(PointerEvent.DOWN, 2, 1920, 65535),
                "01 10 00000006 01 02 0780 ffff"),
            row("key up ctrl+shift", new KeyEvent(false, KeyEvent.CTRL | KeyEvent.SHIFT, 0xff0d),
                "01 11 00000006 00 03 0000ff0d"),
            row("wheel negative", new WheelEvent(-1, 32767, 10, 20), "01 12 00000008 ffff 7fff 000a 0014"),
            row("screen update", new ScreenUpdate(0xfffffffeL, 7, Hex.decode("deadbeef")),
                "01 20 0000000e fffffffe 0007 00000004 deadbeef"),
            row("cursor 1x1", new CursorShape(0, 0, 1, 1, Hex.decode("01020304")),
                "01 21 0000000c 0000 0000 0001 0001 01020304"),
            row("cursor none", new CursorShape(0, 0, 0, 0, new byte[0]), "01 21 00000008 0000 0000 0000 0000"),
            row("cursor position", new CursorPosition(3, 4, true), "01 22 00000005 0003 0004 01"),
            row("clipboard", new ClipboardText("hi\n"), "01 30 00000007 00000003 68690a"),
            row("file offer", new FileOffer(1, 0x100000000L, "a.txt"),
                "01 40 00000013 00000001 0000000100000000 0005 612e747874"),
            row("file chunk", new FileChunk(2, 5, Hex.decode("ff")),
                "01 41 00000011 00000002 0000000000000005 00000001 ff"),
            row("keyframe request", new KeyframeRequest(), "01 50 00000000"),
            row("monitor choice", new MonitorChoice(255), "01 51 00000001 ff"),
            row("frame ack", new FrameAck(0xffffffffL), "01 52 00000004 ffffffff"));
    }

    static Arguments row(String name, Message m, String hex) {
        return Arguments.of(name, m, hex.replace(" ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void encodesAndParses(String name, Message message, String hex) throws ProtocolException {
        assertEquals(hex, Hex.encode(MessageCodec.encode(message)));
        ByteBuffer in = ByteBuffer.wrap(Hex.decode(hex));
        Message parsed = MessageCodec.parse(in);
        assertEquals(message.type(), parsed.type());
        assertEquals(hex, Hex.encode(MessageCodec.encode(parsed)));
        assertEquals(0, in.remaining());
    }

    /** Every strict prefix is "not yet" (null) and consumes nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void everyPrefixIsIncomplete(String name, Message message, String hex) throws ProtocolException {
        byte[] full = Hex.decode(hex);
        for (int n = 0; n < full.length; n++) {
            ByteBuffer in = ByteBuffer.wrap(full, 0, n);
            assertNull(MessageCodec.parse(in), "prefix " + n);
            assertEquals(0, in.position());
        }
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
            bad("binding hello transcript over 64 bytes", "01 06 00000043 0041" + "00".repeat(65), ProtocolException.Reason.TOO_LONG),
            bad("version 0", "00", ProtocolException.Reason.UNSUPPORTED_VERSION),
            bad("version 2", "02 01", ProtocolException.Reason.UNSUPPORTED_VERSION),
            bad("unknown type 0", "01 00", ProtocolException.Reason.UNKNOWN_TYPE),
            bad("unknown type ff", "01 ff 00000000", ProtocolException.Reason.UNKNOWN_TYPE),
            bad("body over type limit (header only)", "01 52 00000005", ProtocolException.Reason.TOO_LONG),
            bad("screen update over 16 MiB", "01 20 0100000b", ProtocolException.Reason.TOO_LONG),
            bad("body shorter than fields", "01 52 00000003 000000", ProtocolException.Reason.MALFORMED),
            bad("trailing bytes", "01 03 00000004 0001 aa bb", ProtocolException.Reason.MALFORMED),
            bad("field length past body", "01 03 00000003 0002 00", ProtocolException.Reason.MALFORMED),
            bad("proof over 64 bytes", "01 03 00000042 0041" + "00".repeat(65), ProtocolException.Reason.TOO_LONG),
            bad("unknown error code", "01 05 00000004 0063 0000", ProtocolException.Reason.MALFORMED),
            bad("overlong UTF-8", "01 05 00000006 0001 0002 c0af", ProtocolException.Reason.MALFORMED),
            bad("UTF-8 surrogate", "01 30 00000007 00000003 eda080", ProtocolException.Reason.MALFORMED),
            bad("pointer action 3", "01 10 00000006 03 00 0000 0000", ProtocolException.Reason.MALFORMED),
            bad("pointer button 5", "01 10 00000006 00 05 0000 0000", ProtocolException.Reason.MALFORMED),
            bad("key pressed 2", "01 11 00000006 02 00 00000041", ProtocolException.Reason.MALFORMED),
            bad("key modifiers 16", "01 11 00000006 01 10 00000041", ProtocolException.Reason.MALFORMED),
            bad("cursor too wide", "01 21 00000008 0000 0000 0101 0001", ProtocolException.Reason.TOO_LONG),
            bad("cursor hot spot outside", "01 21 0000000c 0001 0000 0001 0001 00000000", ProtocolException.Reason.MALFORMED),
            bad("cursor pixels short", "01 21 0000000b 0000 0000 0001 0001 000000", ProtocolException.Reason.MALFORMED),
            bad("file name with slash", "01 40 00000011 00000001 0000000000000001 0003 612f62", ProtocolException.Reason.MALFORMED),
            bad("file name ..", "01 40 00000010 00000001 0000000000000001 0002 2e2e", ProtocolException.Reason.MALFORMED),
            bad("file name empty", "01 40 0000000e 00000001 0000000000000001 0000", ProtocolException.Reason.MALFORMED),
            bad("file size negative", "01 40 0000000f 00000001 8000000000000000 0001 61", ProtocolException.Reason.MALFORMED),
            bad("chunk over 256 KiB", "01 41 00000011 00000001 0000000000000000 00040001 00", ProtocolException.Reason.TOO_LONG),
            bad("cursor visible 7", "01 22 00000005 0000 0000 07", ProtocolException.Reason.MALFORMED));
    }

    static Arguments bad(String name, String hex, ProtocolException.Reason reason) {
        return Arguments.of(name, hex.replace(" ", ""), reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refusesWithTypedReason(String name, String hex, ProtocolException.Reason reason) {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> MessageCodec.parse(ByteBuffer.wrap(Hex.decode(hex))));
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
