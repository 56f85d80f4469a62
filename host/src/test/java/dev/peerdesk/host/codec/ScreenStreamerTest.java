package dev.peerdesk.host.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import dev.peerdesk.protocol.tiles.PixelBufferSink;
import dev.peerdesk.protocol.tiles.TileDecoder;
import dev.peerdesk.protocol.tiles.TileFormatException;
import dev.peerdesk.protocol.tiles.ViewerMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame/ack window on a slow link: no queue of stale frames, the newest pixels win. */
class ScreenStreamerTest {
    @Test
    void slowLinkCoalescesDamageAndNeverExceedsTheWindow() throws Exception {
        ScreenStreamer streamer = new ScreenStreamer(new TileScreenEncoder(), 2, 320, 200);
        SyntheticScreen s = new SyntheticScreen(1);
        Frame screen = SyntheticScreen.blank(320, 200, SyntheticScreen.BG);
        List<byte[]> wire = new ArrayList<>(); // what the (stalled) link still has to deliver
        int frames = 0;
        for (int i = 0; i < 30; i++) {
            s.glyph(screen, i % 40, i / 40, (char) ('A' + i % 26));
            streamer.damage(new Rect((i % 40) * 8, (i / 40) * 16, 8, 16));
            if (streamer.wantsFrame()) {
                List<byte[]> m = streamer.encode(SyntheticScreen.copy(screen));
                wire.addAll(m);
                frames++;
            }
        }
        assertEquals(2, frames, "two frames fill the window; the other 28 edits wait as dirty tiles");
        assertEquals(2, streamer.inFlight());
        assertFalse(streamer.wantsFrame());

        // The viewer finally applies both and acks the second: one more frame carries all 28 edits.
        PixelBufferSink sink = new PixelBufferSink();
        TileDecoder decoder = new TileDecoder(sink);
        for (byte[] m : wire) {
            decoder.decode(m);
        }
        streamer.viewerMessage(ViewerMessage.encode(new ViewerMessage.FrameAck(sink.lastCompletedFrame())));
        assertTrue(streamer.wantsFrame());
        for (byte[] m : streamer.encode(SyntheticScreen.copy(screen))) {
            decoder.decode(m);
        }
        assertEquals(3, sink.lastCompletedFrame());
        assertArrayEquals(screen.pixels(), sink.pixels());
        assertFalse(streamer.wantsFrame(), "nothing dirty left");
    }

    @Test
    void ackOfAnUnsentFrameIsAProtocolError() {
        ScreenStreamer streamer = new ScreenStreamer(new TileScreenEncoder(), 2, 64, 64);
        assertThrows(FlowException.class,
                () -> streamer.viewerMessage(ViewerMessage.encode(new ViewerMessage.FrameAck(1))));
        assertThrows(TileFormatException.class, () -> streamer.viewerMessage(new byte[] {99}));
    }

    @Test
    void refreshRepaintsTheWholeScreen() throws Exception {
        ScreenStreamer streamer = new ScreenStreamer(new TileScreenEncoder(), 4, 128, 128);
        Frame screen = SyntheticScreen.noise(128, 128, 2);
        streamer.encode(screen);
        assertFalse(streamer.wantsFrame());
        streamer.viewerMessage(ViewerMessage.encode(new ViewerMessage.Refresh()));
        assertTrue(streamer.wantsFrame());
        PixelBufferSink fresh = new PixelBufferSink();
        TileDecoder decoder = new TileDecoder(fresh);
        for (byte[] m : streamer.encode(screen)) {
            decoder.decode(m);
        }
        assertArrayEquals(screen.pixels(), fresh.pixels());
    }
}
