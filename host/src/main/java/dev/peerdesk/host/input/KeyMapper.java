package dev.peerdesk.host.input;

import static dev.peerdesk.host.input.Keysyms.*;

import java.util.Map;

/**
 * Maps a browser key event ({@code KeyboardEvent.code}, {@code KeyboardEvent.key}) to an X keysym.
 *
 * <p>Characters go by {@code key}, the character the viewer's own layout produced, so a German
 * viewer typing on a US host gets the characters printed on their keys; the injector then finds
 * (or makes) a key on the host's layout that produces it. Named keys (Enter, arrows, F-keys,
 * modifiers) go by {@code key} or {@code code}. AltGraph becomes ISO_Level3_Shift. Dead keys and
 * unidentified keys fall back to the US meaning of the physical key.
 */
public final class KeyMapper {
    private static final Map<String, Integer> BY_CODE = Map.ofEntries(
            Map.entry("ShiftLeft", SHIFT_L), Map.entry("ShiftRight", SHIFT_R),
            Map.entry("ControlLeft", CONTROL_L), Map.entry("ControlRight", CONTROL_R),
            Map.entry("AltLeft", ALT_L), Map.entry("AltRight", ALT_R),
            Map.entry("MetaLeft", SUPER_L), Map.entry("MetaRight", SUPER_R),
            Map.entry("OSLeft", SUPER_L), Map.entry("OSRight", SUPER_R),
            Map.entry("CapsLock", CAPS_LOCK), Map.entry("NumLock", NUM_LOCK), Map.entry("ScrollLock", SCROLL_LOCK),
            Map.entry("Enter", RETURN), Map.entry("NumpadEnter", KP_ENTER), Map.entry("Tab", TAB),
            Map.entry("Backspace", BACKSPACE), Map.entry("Escape", ESCAPE), Map.entry("Delete", DELETE),
            Map.entry("Insert", INSERT), Map.entry("Home", HOME), Map.entry("End", END),
            Map.entry("PageUp", PAGE_UP), Map.entry("PageDown", PAGE_DOWN),
            Map.entry("ArrowLeft", LEFT), Map.entry("ArrowUp", UP), Map.entry("ArrowRight", RIGHT),
            Map.entry("ArrowDown", DOWN), Map.entry("PrintScreen", PRINT), Map.entry("Pause", PAUSE),
            Map.entry("ContextMenu", MENU), Map.entry("NumpadMultiply", KP_MULTIPLY),
            Map.entry("NumpadAdd", KP_ADD), Map.entry("NumpadSubtract", KP_SUBTRACT),
            Map.entry("NumpadDivide", KP_DIVIDE), Map.entry("NumpadDecimal", KP_DECIMAL),
            Map.entry("Space", 0x20), Map.entry("Minus", '-' + 0), Map.entry("Equal", '=' + 0),
            Map.entry("BracketLeft", '[' + 0), Map.entry("BracketRight", ']' + 0), Map.entry("Backslash", '\\' + 0),
            Map.entry("Semicolon", ';' + 0), Map.entry("Quote", '\'' + 0), Map.entry("Backquote", '`' + 0),
            Map.entry("Comma", ',' + 0), Map.entry("Period", '.' + 0), Map.entry("Slash", '/' + 0),
            Map.entry("IntlBackslash", '<' + 0));

    private static final Map<String, Integer> BY_KEY = Map.ofEntries(
            Map.entry("Enter", RETURN), Map.entry("Tab", TAB), Map.entry("Backspace", BACKSPACE),
            Map.entry("Escape", ESCAPE), Map.entry("Delete", DELETE), Map.entry("Insert", INSERT),
            Map.entry("Home", HOME), Map.entry("End", END), Map.entry("PageUp", PAGE_UP),
            Map.entry("PageDown", PAGE_DOWN), Map.entry("ArrowLeft", LEFT), Map.entry("ArrowUp", UP),
            Map.entry("ArrowRight", RIGHT), Map.entry("ArrowDown", DOWN), Map.entry("AltGraph", ISO_LEVEL3_SHIFT),
            Map.entry("CapsLock", CAPS_LOCK), Map.entry("PrintScreen", PRINT), Map.entry("ContextMenu", MENU));

    private KeyMapper() {}

    /** The keysym for this event, or 0 when there is none (the event is ignored). */
    public static int keysym(String code, String key) {
        code = code == null ? "" : code;
        key = key == null ? "" : key;
        // Modifiers and numpad keys by position: "Shift" does not say which one, "1" not which keypad.
        if (code.equals("AltRight") && key.equals("AltGraph")) {
            return ISO_LEVEL3_SHIFT;
        }
        if (code.startsWith("Numpad") && code.length() == 7 && isAsciiDigit(code.charAt(6))) {
            return key.length() == 1 && isAsciiDigit(key.charAt(0)) ? KP_0 + (code.charAt(6) - '0')
                    : BY_KEY.getOrDefault(key, 0);
        }
        Integer positional = BY_CODE.get(code);
        if (positional != null && (Keysyms.isModifier(positional) || positional == KP_ENTER)) {
            return positional;
        }
        if (key.codePointCount(0, key.length()) == 1) {
            int cp = key.codePointAt(0);
            if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) {
                return Keysyms.ofCodePoint(cp);
            }
        }
        Integer named = BY_KEY.get(key);
        if (named != null) {
            return named;
        }
        int f = functionKey(key);
        if (f == 0) {
            f = functionKey(code);
        }
        if (f != 0) {
            return f;
        }
        // Dead or unidentified keys: the US meaning of the physical key.
        if (code.length() == 4 && code.startsWith("Key") && code.charAt(3) >= 'A' && code.charAt(3) <= 'Z') {
            return Character.toLowerCase(code.charAt(3));
        }
        if (code.length() == 6 && code.startsWith("Digit") && isAsciiDigit(code.charAt(5))) {
            return code.charAt(5);
        }
        return positional != null ? positional : 0;
    }

    /** "F1".."F35" (these strings come from the network: no parseInt on arbitrary digits). */
    private static int functionKey(String s) {
        if (s.length() < 2 || s.length() > 3 || s.charAt(0) != 'F') {
            return 0;
        }
        int n = 0;
        for (int i = 1; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return 0;
            }
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n >= 1 && n <= 35 ? F1 + n - 1 : 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
