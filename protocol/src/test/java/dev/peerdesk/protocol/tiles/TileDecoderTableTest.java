package dev.peerdesk.protocol.tiles;

import static dev.peerdesk.protocol.tiles.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Raw-byte rows of the tile wire format ({@link TileWire}): what decodes, to what, and what is refused. */
class TileDecoderTableTest {
    private static final String HEADER_4X2 = "01 01 | 00000001 | 0004 0002";

    private static int[] decodeOne(String hex) throws TileFormatException {
        PixelBufferSink sink = new PixelBufferSink();
        new TileDecoder(sink).decode(hex(hex));
        assertEquals(1, sink.lastCompletedFrame());
        return sink.pixels();
    }

    @Test
    void solidFillsTheRect() throws Exception {
        int[] px = decodeOne(HEADER_4X2 + " 0001 | 00 0001 0000 0002 0002 | ff0000");
        assertArrayEquals(new int[] {0, 0xff0000, 0xff0000, 0, 0, 0xff0000, 0xff0000, 0}, px);
    }

    @Test
    void rawPixelsRowByRow() throws Exception {
        int[] px = decodeOne(HEADER_4X2 + " 0001 | 01 0002 0000 0002 0002 | 010203 040506 070809 0a0b0c");
        assertArrayEquals(new int[] {0, 0, 0x010203, 0x040506, 0, 0, 0x070809, 0x0a0b0c}, px);
    }

    @Test
    void paletteSingleRunsAndLongRuns() throws Exception {
        // 2 colours; run: index1 x1, index0 x(2+4)=6, index1 x1 -> 8 pixels.
        int[] px = decodeOne(HEADER_4X2 + " 0001 | 02 0000 0000 0004 0002 | 01 000000 ffffff | 01 80 04 01");
        assertArrayEquals(new int[] {0xffffff, 0, 0, 0, 0, 0, 0, 0xffffff}, px);
    }

    @Test
    void copyReadsTheScreenBeforeTheRect() throws Exception {
        // raw top row, then copy it down one row.
        int[] px = decodeOne(HEADER_4X2 + " 0002 | 01 0000 0000 0004 0001 | 000001 000002 000003 000004"
                + " | 03 0000 0001 0004 0001 | 0000 0000");
        assertArrayEquals(new int[] {1, 2, 3, 4, 1, 2, 3, 4}, px);
    }

    @Test
    void framePartsWithoutLastThenLast() throws Exception {
        PixelBufferSink sink = new PixelBufferSink();
        TileDecoder d = new TileDecoder(sink);
        d.decode(hex("01 00 | 00000007 | 0002 0001 | 0001 | 00 0000 0000 0001 0001 | 0000ff"));
        assertEquals(0, sink.lastCompletedFrame());
        d.decode(hex("01 01 | 00000007 | 0002 0001 | 0001 | 00 0001 0000 0001 0001 | 00ff00"));
        assertEquals(7, sink.lastCompletedFrame());
        assertArrayEquals(new int[] {0xff, 0xff00}, sink.pixels());
    }

    @Test
    void cursorMessages() throws Exception {
        PixelBufferSink sink = new PixelBufferSink();
        TileDecoder d = new TileDecoder(sink);
        d.decode(hex("02 | 0000 0001 | 0001 0002 | 80ff0000 00000000"));
        assertArrayEquals(new int[] {0x80ff0000, 0}, sink.cursorArgb());
        d.decode(hex("03 | 0010 0020 | 01"));
        assertEquals(16, sink.cursorX());
        assertEquals(32, sink.cursorY());
        assertTrue(sink.cursorVisible());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "empty message;                 ''",
        "unknown type;                  09",
        "truncated header;              01 01 00000001 0004",
        "unknown flag;                  01 03 00000001 0004 0002 0000",
        "frame id 0;                    01 01 00000000 0004 0002 0000",
        "zero width screen;             01 01 00000001 0000 0002 0000",
        "screen too large;              01 01 00000001 2001 0002 0000",
        "rect count beyond body;        01 01 00000001 0004 0002 0001",
        "rect outside the screen;       01 01 00000001 0004 0002 0001 00 0003 0000 0002 0001 ff0000",
        "zero-width rect;               01 01 00000001 0004 0002 0001 00 0000 0000 0000 0001 ff0000",
        "unknown rect kind;             01 01 00000001 0004 0002 0001 07 0000 0000 0001 0001 ff0000",
        "raw body short;                01 01 00000001 0004 0002 0001 01 0000 0000 0002 0001 010203",
        "palette index out of range;    01 01 00000001 0004 0002 0001 02 0000 0000 0001 0001 00 000000 01",
        "palette too large;             01 01 00000001 0004 0002 0001 02 0000 0000 0001 0001 80",
        "palette run overflows rect;    01 01 00000001 0004 0002 0001 02 0000 0000 0001 0001 00 000000 80 00",
        "palette runs short of rect;    01 01 00000001 0004 0002 0001 02 0000 0000 0002 0001 00 000000 00",
        "varint not minimal;            01 01 00000001 0004 0002 0001 02 0000 0000 0004 0001 00 000000 80 8200",
        "varint too long;               01 01 00000001 0004 0002 0001 02 0000 0000 0004 0001 00 000000 80 80808080",
        "copy source outside;           01 01 00000001 0004 0002 0001 03 0000 0000 0002 0002 0003 0000",
        "trailing bytes;                01 01 00000001 0004 0002 0000 00",
        "raw rect too many pixels;      01 01 00000001 0200 0200 0001 01 0000 0000 0101 0100",
        "cursor hot spot outside;       02 0002 0000 0002 0001 00000000 00000000",
        "cursor too large;              02 0000 0000 0101 0001",
        "cursor visible flag 2;         03 0000 0000 02",
    })
    void refused(String name, String hex) {
        TileDecoder d = new TileDecoder(new PixelBufferSink());
        assertThrows(TileFormatException.class, () -> d.decode(hex(hex)), name);
    }

    @Test
    void frameIdsMustGrowAndPartsMustNotInterleave() throws Exception {
        TileDecoder d = new TileDecoder(new PixelBufferSink());
        d.decode(hex("01 01 00000005 0004 0002 0000"));
        assertThrows(TileFormatException.class, () -> d.decode(hex("01 01 00000005 0004 0002 0000")));
        TileDecoder e = new TileDecoder(new PixelBufferSink());
        e.decode(hex("01 00 00000005 0004 0002 0000"));
        assertThrows(TileFormatException.class, () -> e.decode(hex("01 01 00000006 0004 0002 0000")));
        TileDecoder f = new TileDecoder(new PixelBufferSink());
        f.decode(hex("01 00 00000005 0004 0002 0000"));
        assertThrows(TileFormatException.class, () -> f.decode(hex("01 01 00000005 0004 0003 0000")));
    }

    @Test
    void messageOverTheChannelLimitIsRefused() {
        byte[] big = new byte[TileWire.MAX_MESSAGE_BYTES + 1];
        big[0] = 1;
        assertThrows(TileFormatException.class, () -> new TileDecoder(new PixelBufferSink()).decode(big));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "ack;          10 0000002a",
        "refresh;      11",
    })
    void viewerMessagesRoundTrip(String name, String hex) throws Exception {
        ViewerMessage m = ViewerMessage.decode(hex(hex));
        assertArrayEquals(hex(hex), ViewerMessage.encode(m));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "empty;            ''",
        "ack truncated;    10 000000",
        "ack of 0;         10 00000000",
        "ack trailing;     10 00000001 00",
        "refresh trailing; 11 00",
        "unknown;          12",
    })
    void viewerMessagesRefused(String name, String hex) {
        assertThrows(TileFormatException.class, () -> ViewerMessage.decode(hex(hex)), name);
    }
}
