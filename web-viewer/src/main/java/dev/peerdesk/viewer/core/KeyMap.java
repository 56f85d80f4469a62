package dev.peerdesk.viewer.core;

import java.util.HashMap;
import java.util.Map;

/**
 * Browser keyboard events to X11 keysyms (the {@code KeyEvent} wire form). The key's meaning
 * ({@code KeyboardEvent.key}) decides the keysym, so the remote side types what the person's
 * layout shows; {@code code} only tells left from right modifiers. A key released gets the keysym
 * it was pressed with, even if Shift went up in between (key "A" down, "a" up).
 */
public final class KeyMap {
    private static final Map<String, Integer> NAMED = new HashMap<>();

    static {
        String[] names = {"Backspace", "Tab", "Enter", "Pause", "ScrollLock", "Escape", "Home", "ArrowLeft",
            "ArrowUp", "ArrowRight", "ArrowDown", "PageUp", "PageDown", "End", "PrintScreen", "Insert",
            "ContextMenu", "NumLock", "CapsLock", "Delete", "AltGraph"};
        int[] syms = {0xff08, 0xff09, 0xff0d, 0xff13, 0xff14, 0xff1b, 0xff50, 0xff51,
            0xff52, 0xff53, 0xff54, 0xff55, 0xff56, 0xff57, 0xff61, 0xff63,
            0xff67, 0xff7f, 0xffe5, 0xffff, 0xfe03};
        for (int i = 0; i < names.length; i++) {
            NAMED.put(names[i], syms[i]);
        }
        for (int f = 1; f <= 24; f++) {
            NAMED.put("F" + f, 0xffbe + f - 1);
        }
    }

    private final Map<String, Integer> down = new HashMap<>();

    /** The keysym for a key going down, or -1 for keys with no meaning to send ("Unidentified"). */
    public int press(String code, String key) {
        int sym = keysym(code, key);
        if (sym >= 0) {
            down.put(code, sym);
        }
        return sym;
    }

    /** The keysym for a key going up: the one it went down with, or -1 if it never went down here. */
    public int release(String code, String key) {
        Integer sym = down.remove(code);
        return sym == null ? -1 : sym;
    }

    /** Keysyms of every key still held, for releasing them all when focus leaves the canvas. */
    public int[] releaseAll() {
        int[] out = new int[down.size()];
        int i = 0;
        for (int s : down.values()) {
            out[i++] = s;
        }
        down.clear();
        return out;
    }

    public static int keysym(String code, String key) {
        boolean right = code != null && code.endsWith("Right");
        switch (key) {
            case "Shift": return right ? 0xffe2 : 0xffe1;
            case "Control": return right ? 0xffe4 : 0xffe3;
            case "Alt": return right ? 0xffea : 0xffe9;
            case "Meta": case "OS": return right ? 0xffec : 0xffeb;
            default: break;
        }
        Integer named = NAMED.get(key);
        if (named != null) {
            return named;
        }
        int cp = key.codePointAt(0);
        if (key.length() != Character.charCount(cp)) {
            return -1; // a name this table does not know ("Unidentified", "Dead", media keys)
        }
        if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) {
            return cp; // Latin-1 keysyms equal their code points
        }
        return cp < 0x20 ? -1 : 0x01000000 + cp;
    }

    /** The KeyEvent modifier bits (1 shift, 2 ctrl, 4 alt, 8 meta). */
    public static int modifiers(boolean shift, boolean ctrl, boolean alt, boolean meta) {
        return (shift ? 1 : 0) | (ctrl ? 2 : 0) | (alt ? 4 : 0) | (meta ? 8 : 0);
    }
}
