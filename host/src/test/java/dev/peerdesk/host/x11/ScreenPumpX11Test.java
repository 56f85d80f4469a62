package dev.peerdesk.host.x11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.codec.TileScreenEncoder;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.stream.ScreenPump;
import dev.peerdesk.protocol.tiles.PixelBufferSink;
import dev.peerdesk.protocol.tiles.TileDecoder;
import dev.peerdesk.protocol.tiles.ViewerMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole host screen path on a real X server: another client draws, DAMAGE reports it, the
 * pump captures and encodes, the viewer's decoder (in a JVM sink) shows exactly the screen and
 * acks; the ack reopens the window.
 */
class ScreenPumpX11Test {
    private static XvfbServer xvfb;

    @BeforeAll
    static void startX() throws Exception {
        xvfb = XvfbServer.start(320, 240);
    }

    @AfterAll
    static void stopX() throws Exception {
        if (xvfb != null) {
            xvfb.close();
        }
    }

    @Test
    void drawnPixelsReachTheViewerExactly() throws Exception {
        PixelBufferSink viewer = new PixelBufferSink();
        TileDecoder decoder = new TileDecoder(viewer);
        List<byte[]> acks = new ArrayList<>();
        try (X11Capture cap = new X11Capture(xvfb.display); XDraw draw = new XDraw(xvfb.display)) {
            ScreenPump pump = new ScreenPump(cap, new TileScreenEncoder(), 2, m -> {
                try {
                    decoder.decode(m);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                if (viewer.lastCompletedFrame() > 0 && m[0] == 1 && (m[1] & 1) == 1) {
                    acks.add(ViewerMessage.encode(new ViewerMessage.FrameAck(viewer.lastCompletedFrame())));
                }
            });
            pump.pumpOnce();
            assertEquals(1, pump.framesSent(), "the first frame is the whole screen");
            assertTrue(viewer.cursorArgb().length > 0, "cursor shape sent");

            draw.fill(0x336699, 40, 30, 50, 20);
            draw.fill(0xffffff, 300, 200, 20, 40);
            // Bounded: keep pumping (acks included) until the viewer shows what the X server shows.
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (true) {
                acks.forEach(pump::viewerMessage);
                acks.clear();
                pump.pumpOnce();
                if (viewer.pixels()[35 * 320 + 45] == 0x336699 && viewer.pixels()[239 * 320 + 319] == 0xffffff) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "the drawing never reached the viewer");
                Thread.sleep(5);
            }
            Frame now = cap.capture();
            for (int y = 0; y < 240; y++) {
                for (int x = 0; x < 320; x++) {
                    assertEquals(now.rgb(x, y), viewer.pixels()[y * 320 + x], "pixel " + x + "," + y);
                }
            }
            assertTrue(pump.framesInFlight() <= 2);
        }
    }
}
