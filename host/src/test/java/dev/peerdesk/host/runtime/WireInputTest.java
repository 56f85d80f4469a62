package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.KeyMapper;
import dev.peerdesk.host.input.Keysyms;
import dev.peerdesk.protocol.message.KeyEvent;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.message.WheelEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireInputTest {
    @Test
    void everyNamedKeysymAndCharacterRoundTripsThroughTheKeyMapper() {
        int[] named = {Keysyms.SHIFT_L, Keysyms.SHIFT_R, Keysyms.CONTROL_L, Keysyms.CONTROL_R, Keysyms.ALT_L,
            Keysyms.ALT_R, Keysyms.SUPER_L, Keysyms.SUPER_R, Keysyms.ISO_LEVEL3_SHIFT, Keysyms.CAPS_LOCK,
            Keysyms.RETURN, Keysyms.KP_ENTER, Keysyms.TAB, Keysyms.BACKSPACE, Keysyms.ESCAPE, Keysyms.DELETE,
            Keysyms.INSERT, Keysyms.HOME, Keysyms.END, Keysyms.PAGE_UP, Keysyms.PAGE_DOWN, Keysyms.LEFT, Keysyms.UP,
            Keysyms.RIGHT, Keysyms.DOWN, Keysyms.PRINT, Keysyms.MENU, Keysyms.F1, Keysyms.F1 + 11, Keysyms.KP_0,
            Keysyms.KP_0 + 9};
        for (int k : named) {
            String[] ck = WireInput.codeAndKey(k);
            assertEquals(k, KeyMapper.keysym(ck[0], ck[1]), () -> Integer.toHexString(k));
        }
        for (int cp : new int[] {'a', 'Z', '0', ' ', '~', 0xe9, 0x20ac, 0x4e2d, 0x1f600}) {
            int k = Keysyms.ofCodePoint(cp);
            String[] ck = WireInput.codeAndKey(k);
            assertEquals(k, KeyMapper.keysym(ck[0], ck[1]), () -> Integer.toHexString(cp));
        }
        assertNull(WireInput.codeAndKey(0xfe50), "a dead key keysym the host does not type");
    }

    @Test
    void pointerAndWheelBecomeAMoveThenTheAction() {
        assertEquals(List.of(new InputEvent.PointerMove(5, 6), new InputEvent.PointerButton(3, true)),
                WireInput.toEvents(new PointerEvent(PointerEvent.DOWN, 2, 5, 6)));
        assertEquals(List.of(new InputEvent.PointerMove(5, 6)), WireInput.toEvents(new PointerEvent(0, 0, 5, 6)));
        assertEquals(List.of(new InputEvent.PointerMove(1, 2), new InputEvent.Wheel(0, -3)),
                WireInput.toEvents(new WheelEvent(0, -3, 1, 2)));
        assertEquals(List.of(new InputEvent.Key("Enter", "Enter", false)),
                WireInput.toEvents(new KeyEvent(false, 0, Keysyms.RETURN)));
    }
}
