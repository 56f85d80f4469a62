package dev.peerdesk.protocol.message;

/**
 * Host to viewer: where the host's pointer is (it also moves when someone at the host moves it).
 * <pre>u16 x | u16 y | u8 visible (0/1)</pre>
 */
public record CursorPosition(int x, int y, boolean visible) implements Message {
    public CursorPosition {
        Checks.u16(x, "x");
        Checks.u16(y, "y");
    }

    @Override
    public MessageType type() {
        return MessageType.CURSOR_POSITION;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u16(x).u16(y).bool(visible);
    }

    static CursorPosition read(WireReader in) throws ProtocolException {
        return new CursorPosition(in.u16(), in.u16(), in.bool());
    }
}
