package dev.peerdesk.protocol.message;

/**
 * Host to viewer: the pointer's image, so the viewer draws it locally without a round trip.
 * <pre>u16 hot x | u16 hot y | u16 width | u16 height | width*height*4 bytes RGBA</pre>
 */
public record CursorShape(int hotX, int hotY, int width, int height, byte[] rgba) implements Message {
    public static final int MAX_SIDE = 256;

    public CursorShape {
        Checks.require(width >= 0 && width <= MAX_SIDE && height >= 0 && height <= MAX_SIDE,
                "cursor size " + width + "x" + height);
        Checks.require(hotX >= 0 && hotY >= 0 && (width == 0 ? hotX == 0 : hotX < width)
                && (height == 0 ? hotY == 0 : hotY < height), "hot spot outside the cursor");
        Checks.require(rgba.length == width * height * 4, "RGBA length " + rgba.length);
    }

    @Override
    public MessageType type() {
        return MessageType.CURSOR_SHAPE;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u16(hotX).u16(hotY).u16(width).u16(height).bytes(rgba);
    }

    static CursorShape read(WireReader in) throws ProtocolException {
        int hotX = in.u16();
        int hotY = in.u16();
        int width = WireReader.checkLength(in.u16(), MAX_SIDE, "width");
        int height = WireReader.checkLength(in.u16(), MAX_SIDE, "height");
        return new CursorShape(hotX, hotY, width, height, in.bytes(width * height * 4));
    }
}
