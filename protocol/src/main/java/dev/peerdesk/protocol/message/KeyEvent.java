package dev.peerdesk.protocol.message;

/**
 * Viewer to host: a key went down or up. Keys travel as X11 keysyms (what the browser's
 * KeyboardEvent.key maps to; the host maps them to its platform), modifiers as a bitmask.
 * <pre>u8 pressed (0/1) | u8 modifiers (1 shift, 2 ctrl, 4 alt, 8 meta) | u32 keysym</pre>
 */
public record KeyEvent(boolean pressed, int modifiers, long keysym) implements Message {
    public static final int SHIFT = 1;
    public static final int CTRL = 2;
    public static final int ALT = 4;
    public static final int META = 8;

    public KeyEvent {
        Checks.require(modifiers >= 0 && modifiers <= 0x0f, "modifiers " + modifiers);
        // X11 keysyms are 29-bit values (Unicode keysyms are 0x01000000 + code point).
        Checks.require(keysym >= 0 && keysym <= 0x1fffffff, "keysym " + keysym);
    }

    @Override
    public MessageType type() {
        return MessageType.KEY;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.bool(pressed).u8(modifiers).u32(keysym);
    }

    static KeyEvent read(WireReader in) throws ProtocolException {
        return new KeyEvent(in.bool(), in.u8(), in.u32());
    }
}
