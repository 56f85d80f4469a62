package dev.peerdesk.protocol.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.protocol.clipboard.ClipboardState.Apply;
import dev.peerdesk.protocol.clipboard.ClipboardState.Decision;
import dev.peerdesk.protocol.clipboard.ClipboardState.NoText;
import dev.peerdesk.protocol.clipboard.ClipboardState.Same;
import dev.peerdesk.protocol.clipboard.ClipboardState.Send;
import dev.peerdesk.protocol.clipboard.ClipboardState.TooLarge;
import dev.peerdesk.protocol.message.ClipboardText;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.record.Record;
import dev.peerdesk.protocol.session.SecureSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClipboardStateTest {
    /** A step: "L:text" our clipboard shows text, "L:" no text, "R:text" the peer sent text. */
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("a change is sent once", null, List.of("L:one", "L:one"), List.of("send one", "same")),
                Arguments.of("the baseline is not sent", "old", List.of("L:old", "L:new"), List.of("same", "send new")),
                Arguments.of("no text is not news", null, List.of("L:", "L:one", "L:", "L:one"),
                        List.of("none", "send one", "none", "same")),
                Arguments.of("the peer's text is applied, then not echoed", null, List.of("R:two", "L:two"),
                        List.of("apply two", "same")),
                Arguments.of("our own text coming back is not applied", null, List.of("L:one", "R:one"),
                        List.of("send one", "same")),
                Arguments.of("copying the old text again after the peer's is sent", null,
                        List.of("L:one", "R:two", "L:two", "L:one"), List.of("send one", "apply two", "same", "send one")),
                Arguments.of("an empty text from the peer changes nothing", "keep", List.of("R:", "L:keep"),
                        List.of("same", "same")),
                Arguments.of("the peer repeating itself is applied once", null, List.of("R:x", "R:x", "R:y"),
                        List.of("apply x", "same", "apply y")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String name, String baseline, List<String> steps, List<String> expected) {
        ClipboardState s = new ClipboardState(baseline, 64);
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            String text = step.substring(2);
            Decision d = step.startsWith("L:") ? s.local(text.isEmpty() ? null : text)
                    : s.remote(new ClipboardText(text));
            assertEquals(expected.get(i), show(d), name + ", step " + i + " (" + step + ")");
        }
    }

    private static String show(Decision d) {
        if (d instanceof Send send) {
            return "send " + send.message().text();
        } else if (d instanceof Apply a) {
            return "apply " + a.text();
        } else if (d instanceof Same) {
            return "same";
        } else if (d instanceof NoText) {
            return "none";
        }
        TooLarge t = (TooLarge) d;
        return "too large " + t.bytes() + " > " + t.limit();
    }

    @Test
    void aTextOverTheLimitIsRefusedWithItsSizeAndStaysUnshared() {
        ClipboardState s = new ClipboardState(null, 6);
        assertEquals("send héllo", show(s.local("héllo"))); // 6 bytes: at the limit
        assertEquals("too large 7 > 6", show(s.local("hélloo")));
        assertEquals("same", show(s.local("hélloo"))); // said once while it stays
        assertEquals("too large 8 > 6", show(s.local("\uD83D\uDE00\uD83D\uDE00"))); // two 4-byte code points
        assertEquals("héllo", s.shared());
        assertEquals("send ok", show(s.local("ok")));
        assertEquals("too large 7 > 6", show(s.local("hélloo"))); // copied again later: said again
    }

    @Test
    void utf8LengthMatchesTheEncoderForWellFormedText() {
        Random r = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(20); i > 0; i--) {
                int cp;
                do {
                    cp = switch (r.nextInt(4)) {
                        case 0 -> r.nextInt(0x80);
                        case 1 -> 0x80 + r.nextInt(0x780);
                        case 2 -> 0x800 + r.nextInt(0xf800);
                        default -> 0x10000 + r.nextInt(0x100000);
                    };
                } while (cp >= 0xd800 && cp <= 0xdfff);
                b.appendCodePoint(cp);
            }
            String s = b.toString();
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, ClipboardState.utf8Length(s), s);
        }
    }

    @Test
    void theLargestTextFitsOneRecord() {
        int max = ClipboardState.maxTextBytes();
        byte[] frame = MessageCodec.encode(new ClipboardText("x".repeat(max)));
        assertEquals(SecureSession.maxPlaintext(), frame.length);
        assertEquals(true, max < ClipboardText.MAX_BYTES && SecureSession.maxPlaintext() < Record.MAX_RECORD_LENGTH);
    }

    @Test
    void limitsOutsideTheCodecAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClipboardState(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClipboardState(null, ClipboardText.MAX_BYTES + 1));
    }
}
