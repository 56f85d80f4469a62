package dev.peerdesk.protocol.message;

/**
 * Viewer to host: the mouse moved or a button changed, at (x, y) in the chosen monitor's pixels.
 * <pre>u8 action (0 move, 1 down, 2 up) | u8 button (0 left, 1 middle, 2 right, 3 back, 4 forward) | u16 x | u16 y</pre>
 */
public record PointerEvent(int action, int button, int x, int y) implements Message {
    public static final int MOVE = 0;
    public static final int DOWN = 1;
    public static final int UP = 2;
    public static final int MAX_BUTTON = 4;

    public PointerEvent {
        Checks.require(action >= MOVE && action <= UP, "pointer action " + action);
        Checks.require(button >= 0 && button <= MAX_BUTTON, "pointer button " + button);
        Checks.u16(x, "x");
        Checks.u16(y, "y");
    }

    @Override
    public MessageType type() {
        return MessageType.POINTER;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u8(action).u8(button).u16(x).u16(y);
    }

    static PointerEvent read(WireReader in) throws ProtocolException {
        return new PointerEvent(in.u8(), in.u8(), in.u16(), in.u16());
    }
}
