package dev.peerdesk.protocol.message;

/**
 * Viewer to host: scrolling at (x, y), in wheel steps (positive: right, down).
 * <pre>s16 dx | s16 dy | u16 x | u16 y</pre>
 */
public record WheelEvent(int deltaX, int deltaY, int x, int y) implements Message {
    public WheelEvent {
        Checks.require(deltaX >= Short.MIN_VALUE && deltaX <= Short.MAX_VALUE, "dx " + deltaX);
        Checks.require(deltaY >= Short.MIN_VALUE && deltaY <= Short.MAX_VALUE, "dy " + deltaY);
        Checks.u16(x, "x");
        Checks.u16(y, "y");
    }

    @Override
    public MessageType type() {
        return MessageType.WHEEL;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u16(deltaX & 0xffff).u16(deltaY & 0xffff).u16(x).u16(y);
    }

    static WheelEvent read(WireReader in) throws ProtocolException {
        return new WheelEvent(in.s16(), in.s16(), in.u16(), in.u16());
    }
}
