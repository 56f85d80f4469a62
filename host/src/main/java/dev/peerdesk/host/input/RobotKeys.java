package dev.peerdesk.host.input;

import java.awt.event.KeyEvent;
import java.util.Map;

/** Browser {@code KeyboardEvent.code} (physical key) to AWT virtual key codes for {@link RobotInjector}. */
final class RobotKeys {
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("ShiftLeft", KeyEvent.VK_SHIFT), Map.entry("ShiftRight", KeyEvent.VK_SHIFT),
            Map.entry("ControlLeft", KeyEvent.VK_CONTROL), Map.entry("ControlRight", KeyEvent.VK_CONTROL),
            Map.entry("AltLeft", KeyEvent.VK_ALT), Map.entry("AltRight", KeyEvent.VK_ALT_GRAPH),
            Map.entry("MetaLeft", KeyEvent.VK_WINDOWS), Map.entry("MetaRight", KeyEvent.VK_WINDOWS),
            Map.entry("Enter", KeyEvent.VK_ENTER), Map.entry("NumpadEnter", KeyEvent.VK_ENTER),
            Map.entry("Tab", KeyEvent.VK_TAB), Map.entry("Backspace", KeyEvent.VK_BACK_SPACE),
            Map.entry("Escape", KeyEvent.VK_ESCAPE), Map.entry("Delete", KeyEvent.VK_DELETE),
            Map.entry("Insert", KeyEvent.VK_INSERT), Map.entry("Home", KeyEvent.VK_HOME), Map.entry("End", KeyEvent.VK_END),
            Map.entry("PageUp", KeyEvent.VK_PAGE_UP), Map.entry("PageDown", KeyEvent.VK_PAGE_DOWN),
            Map.entry("ArrowLeft", KeyEvent.VK_LEFT), Map.entry("ArrowUp", KeyEvent.VK_UP),
            Map.entry("ArrowRight", KeyEvent.VK_RIGHT), Map.entry("ArrowDown", KeyEvent.VK_DOWN),
            Map.entry("Space", KeyEvent.VK_SPACE), Map.entry("CapsLock", KeyEvent.VK_CAPS_LOCK),
            Map.entry("Minus", KeyEvent.VK_MINUS), Map.entry("Equal", KeyEvent.VK_EQUALS),
            Map.entry("BracketLeft", KeyEvent.VK_OPEN_BRACKET), Map.entry("BracketRight", KeyEvent.VK_CLOSE_BRACKET),
            Map.entry("Backslash", KeyEvent.VK_BACK_SLASH), Map.entry("Semicolon", KeyEvent.VK_SEMICOLON),
            Map.entry("Quote", KeyEvent.VK_QUOTE), Map.entry("Backquote", KeyEvent.VK_BACK_QUOTE),
            Map.entry("Comma", KeyEvent.VK_COMMA), Map.entry("Period", KeyEvent.VK_PERIOD),
            Map.entry("Slash", KeyEvent.VK_SLASH), Map.entry("PrintScreen", KeyEvent.VK_PRINTSCREEN),
            Map.entry("Pause", KeyEvent.VK_PAUSE), Map.entry("ContextMenu", KeyEvent.VK_CONTEXT_MENU));

    private RobotKeys() {}

    static int virtualKey(String code, String key) {
        code = code == null ? "" : code;
        Integer named = NAMED.get(code);
        if (named != null) {
            return named;
        }
        if (code.length() == 4 && code.startsWith("Key") && code.charAt(3) >= 'A' && code.charAt(3) <= 'Z') {
            return KeyEvent.VK_A + (code.charAt(3) - 'A');
        }
        if (code.length() == 6 && code.startsWith("Digit") && code.charAt(5) >= '0' && code.charAt(5) <= '9') {
            return KeyEvent.VK_0 + (code.charAt(5) - '0');
        }
        if (code.length() == 7 && code.startsWith("Numpad") && code.charAt(6) >= '0' && code.charAt(6) <= '9') {
            return KeyEvent.VK_NUMPAD0 + (code.charAt(6) - '0');
        }
        if (code.matches("F([1-9]|1[0-9]|2[0-4])")) {
            int n = Integer.parseInt(code.substring(1));
            return n <= 12 ? KeyEvent.VK_F1 + n - 1 : KeyEvent.VK_F13 + n - 13;
        }
        return KeyEvent.VK_UNDEFINED;
    }
}
