package dev.peerdesk.protocol.tiles;

/**
 * Wire format of the lossless tile codec on the {@code video} data channel. All integers are
 * unsigned big-endian; one data-channel message carries exactly one of these messages and never
 * exceeds {@link #MAX_MESSAGE_BYTES} (Chromium's data channel limit).
 *
 * <pre>
 * Host -> viewer
 *   FRAME_PART    type=1 | flags u8 (bit0 LAST) | frame id u32 | screen width u16 | screen height u16
 *                 | rect count u16 | rect*
 *   CURSOR_SHAPE  type=2 | hot x u16 | hot y u16 | width u16 | height u16 | ARGB u32 * width*height
 *   CURSOR_POS    type=3 | x u16 | y u16 | visible u8 (0/1)
 *   DEFLATED      type=4 | raw DEFLATE (RFC 1951) of one of the messages above (never DEFLATED
 *                 again), inflating to at most MAX_MESSAGE_BYTES
 * Viewer -> host
 *   FRAME_ACK     type=16 | frame id u32        (every frame up to and including this one applied)
 *   REFRESH       type=17                        (send the whole screen again, e.g. after a resize)
 *
 * rect = kind u8 | x u16 | y u16 | width u16 | height u16 | body
 *   SOLID    kind=0  body: r g b
 *   RAW      kind=1  body: (r g b) * width*height, rows top to bottom
 *   PALETTE  kind=2  body: n-1 u8 (n = 1..128) | (r g b) * n | run* covering width*height pixels:
 *                    run = b u8: index = b &amp; 0x7f (&lt; n); when b &amp; 0x80 the run length is
 *                    2 + varint (LEB128, at most 4 bytes), otherwise 1
 *   COPY     kind=3  body: source x u16 | source y u16 (from the screen as it was before this rect)
 * </pre>
 *
 * A frame may span several FRAME_PART messages with the same id; the last one has LAST set. Every
 * rect lies inside the screen; RAW and PALETTE rects cover at most {@link #MAX_PIXEL_RECT_AREA}
 * pixels so a tiny message can never make a receiver allocate much.
 */
public final class TileWire {
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;
    /** 8K (7680x4320) fits; a bigger claimed screen is refused before a viewer allocates for it. */
    public static final int MAX_SCREEN_SIDE = 8192;
    public static final int MAX_PIXEL_RECT_AREA = 256 * 256;
    public static final int MAX_CURSOR_SIDE = 256;
    public static final int MAX_PALETTE = 128;

    public static final int TYPE_FRAME_PART = 1;
    public static final int TYPE_CURSOR_SHAPE = 2;
    public static final int TYPE_CURSOR_POS = 3;
    public static final int TYPE_DEFLATED = 4;
    public static final int TYPE_FRAME_ACK = 16;
    public static final int TYPE_REFRESH = 17;

    public static final int FLAG_LAST = 1;

    public static final int KIND_SOLID = 0;
    public static final int KIND_RAW = 1;
    public static final int KIND_PALETTE = 2;
    public static final int KIND_COPY = 3;

    /** Bytes before the first rect of a FRAME_PART. */
    public static final int FRAME_HEADER_BYTES = 12;
    /** Bytes of a rect before its body. */
    public static final int RECT_HEADER_BYTES = 9;

    private TileWire() {}
}
