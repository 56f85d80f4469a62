package dev.peerdesk.host.input;

/** X keysym values (X11/keysymdef.h) the mapper and injectors use. */
public final class Keysyms {
    public static final int BACKSPACE = 0xff08;
    public static final int TAB = 0xff09;
    public static final int RETURN = 0xff0d;
    public static final int PAUSE = 0xff13;
    public static final int SCROLL_LOCK = 0xff14;
    public static final int ESCAPE = 0xff1b;
    public static final int HOME = 0xff50;
    public static final int LEFT = 0xff51;
    public static final int UP = 0xff52;
    public static final int RIGHT = 0xff53;
    public static final int DOWN = 0xff54;
    public static final int PAGE_UP = 0xff55;
    public static final int PAGE_DOWN = 0xff56;
    public static final int END = 0xff57;
    public static final int PRINT = 0xff61;
    public static final int INSERT = 0xff63;
    public static final int MENU = 0xff67;
    public static final int NUM_LOCK = 0xff7f;
    public static final int KP_ENTER = 0xff8d;
    public static final int KP_MULTIPLY = 0xffaa;
    public static final int KP_ADD = 0xffab;
    public static final int KP_SUBTRACT = 0xffad;
    public static final int KP_DECIMAL = 0xffae;
    public static final int KP_DIVIDE = 0xffaf;
    public static final int KP_0 = 0xffb0;
    public static final int F1 = 0xffbe;
    public static final int SHIFT_L = 0xffe1;
    public static final int SHIFT_R = 0xffe2;
    public static final int CONTROL_L = 0xffe3;
    public static final int CONTROL_R = 0xffe4;
    public static final int CAPS_LOCK = 0xffe5;
    public static final int ALT_L = 0xffe9;
    public static final int ALT_R = 0xffea;
    public static final int SUPER_L = 0xffeb;
    public static final int SUPER_R = 0xffec;
    public static final int ISO_LEVEL3_SHIFT = 0xfe03;
    public static final int DELETE = 0xffff;

    private Keysyms() {}

    /** The keysym of a Unicode character: Latin-1 maps to itself, the rest to 0x01000000 + code point. */
    public static int ofCodePoint(int cp) {
        if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) {
            return cp;
        }
        return 0x01000000 | cp;
    }

    public static boolean isModifier(int keysym) {
        return (keysym >= SHIFT_L && keysym <= 0xffee) || keysym == ISO_LEVEL3_SHIFT;
    }
}
