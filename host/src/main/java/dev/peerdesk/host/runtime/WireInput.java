package dev.peerdesk.host.runtime;

import static dev.peerdesk.host.input.Keysyms.*;

import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.protocol.message.KeyEvent;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.message.WheelEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Input messages as the wire carries them (pointer, wheel, X11 keysyms) to the host's
 * {@link InputEvent}s. Keys become the browser-style (code, key) pair the injectors map back to
 * the same keysym (WireInputTest checks the round trip for every keysym listed here and for
 * characters); modifier state travels as the modifier keys' own events, so the bitmask is not
 * replayed (it would double-press).
 */
final class WireInput {
    /** keysym -> {code, key}: the pair KeyMapper turns back into that keysym. */
    private static final Map<Integer, String[]> NAMED = new HashMap<>();

    static {
        named(SHIFT_L, "ShiftLeft", "Shift");
        named(SHIFT_R, "ShiftRight", "Shift");
        named(CONTROL_L, "ControlLeft", "Control");
        named(CONTROL_R, "ControlRight", "Control");
        named(ALT_L, "AltLeft", "Alt");
        named(ALT_R, "AltRight", "Alt");
        named(SUPER_L, "MetaLeft", "Meta");
        named(SUPER_R, "MetaRight", "Meta");
        named(ISO_LEVEL3_SHIFT, "AltRight", "AltGraph");
        named(CAPS_LOCK, "CapsLock", "CapsLock");
        named(NUM_LOCK, "NumLock", "NumLock");
        named(SCROLL_LOCK, "ScrollLock", "ScrollLock");
        named(RETURN, "Enter", "Enter");
        named(KP_ENTER, "NumpadEnter", "Enter");
        named(TAB, "Tab", "Tab");
        named(BACKSPACE, "Backspace", "Backspace");
        named(ESCAPE, "Escape", "Escape");
        named(DELETE, "Delete", "Delete");
        named(INSERT, "Insert", "Insert");
        named(HOME, "Home", "Home");
        named(END, "End", "End");
        named(PAGE_UP, "PageUp", "PageUp");
        named(PAGE_DOWN, "PageDown", "PageDown");
        named(LEFT, "ArrowLeft", "ArrowLeft");
        named(UP, "ArrowUp", "ArrowUp");
        named(RIGHT, "ArrowRight", "ArrowRight");
        named(DOWN, "ArrowDown", "ArrowDown");
        named(PRINT, "PrintScreen", "PrintScreen");
        named(PAUSE, "Pause", "Pause");
        named(MENU, "ContextMenu", "ContextMenu");
        for (int n = 1; n <= 35; n++) {
            named(F1 + n - 1, "F" + n, "F" + n);
        }
        for (int d = 0; d <= 9; d++) {
            named(KP_0 + d, "Numpad" + d, Integer.toString(d));
        }
    }

    private WireInput() {}

    private static void named(int keysym, String code, String key) {
        NAMED.put(keysym, new String[] {code, key});
    }

    static boolean isInput(Message m) {
        return m instanceof PointerEvent || m instanceof KeyEvent || m instanceof WheelEvent;
    }

    /** The host events of one wire input message; empty for a keysym this host cannot type. */
    static List<InputEvent> toEvents(Message m) {
        if (m instanceof PointerEvent p) {
            InputEvent move = new InputEvent.PointerMove(p.x(), p.y());
            if (p.action() == PointerEvent.MOVE) {
                return List.of(move);
            }
            return List.of(move, new InputEvent.PointerButton(xButton(p.button()), p.action() == PointerEvent.DOWN));
        }
        if (m instanceof WheelEvent w) {
            return List.of(new InputEvent.PointerMove(w.x(), w.y()), new InputEvent.Wheel(w.deltaX(), w.deltaY()));
        }
        if (m instanceof KeyEvent k) {
            String[] ck = codeAndKey(k.keysym());
            return ck == null ? List.of() : List.of(new InputEvent.Key(ck[0], ck[1], k.pressed()));
        }
        throw new IllegalArgumentException("not an input message: " + m.type());
    }

    /** 0 left, 1 middle, 2 right, 3 back, 4 forward to X button numbers. */
    static int xButton(int wire) {
        return switch (wire) {
            case 0 -> 1;
            case 1 -> 2;
            case 2 -> 3;
            case 3 -> 8;
            default -> 9;
        };
    }

    static String[] codeAndKey(long keysym) {
        String[] named = NAMED.get((int) keysym);
        if (named != null) {
            return named;
        }
        int cp;
        if ((keysym >= 0x20 && keysym <= 0x7e) || (keysym >= 0xa0 && keysym <= 0xff)) {
            cp = (int) keysym;
        } else if ((keysym & 0xff000000L) == 0x01000000L && Character.isValidCodePoint((int) (keysym & 0xffffff))) {
            cp = (int) (keysym & 0xffffff);
        } else {
            return null;
        }
        // A unique pseudo code per character, so held-key bookkeeping pairs each press with its release.
        return new String[] {"Keysym" + Long.toHexString(keysym), new String(Character.toChars(cp))};
    }
}
