package dev.peerdesk.host.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.capture.CursorShape;
import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.capture.ScreenCapture;
import dev.peerdesk.host.codec.FlowException;
import dev.peerdesk.host.codec.SyntheticScreen;
import dev.peerdesk.host.codec.TileScreenEncoder;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import dev.peerdesk.protocol.tiles.PixelBufferSink;
import dev.peerdesk.protocol.tiles.TileDecoder;
import dev.peerdesk.protocol.tiles.ViewerMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The pacing loop on a scripted capture: steps are paced, and a viewer protocol error ends it cleanly. */
class ScreenLoopTest {
    /** A capture whose screen the test changes between steps. */
    static final class ScriptedCapture implements ScreenCapture {
        final Monitor monitor = new Monitor(0, "fake", 0, 0, 128, 64, true);
        Frame screen = SyntheticScreen.blank(128, 64, 0x000000);
        final List<Rect> damage = new ArrayList<>();

        @Override public List<Monitor> monitors() { return List.of(monitor); }
        @Override public void select(Monitor m) {}
        @Override public Monitor selected() { return monitor; }
        @Override public Frame capture() { return SyntheticScreen.copy(screen); }
        @Override public List<Rect> pollDamage() { List<Rect> d = List.copyOf(damage); damage.clear(); return d; }
        @Override public Optional<CursorShape> pollCursorShape() { return Optional.empty(); }
        @Override public int[] cursorPosition() { return new int[] {3, 4}; }
        @Override public String method() { return "scripted"; }
        @Override public void close() {}
    }

    @Test
    void pacesStepsAndStreamsChanges() throws Exception {
        ScriptedCapture cap = new ScriptedCapture();
        PixelBufferSink viewer = new PixelBufferSink();
        TileDecoder decoder = new TileDecoder(viewer);
        ScreenPump pump = new ScreenPump(cap, new TileScreenEncoder(), 1, m -> {
            try {
                decoder.decode(m);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        List<Long> pauses = new ArrayList<>();
        AtomicReference<ScreenLoop> loop = new AtomicReference<>();
        loop.set(new ScreenLoop(pump, 50, nanos -> {
            pauses.add(nanos);
            switch (pauses.size()) {
                case 1 -> { // the viewer acks the first frame; the screen changes
                    pump.viewerMessage(ViewerMessage.encode(new ViewerMessage.FrameAck(1)));
                    cap.screen = SyntheticScreen.noise(128, 64, 9);
                    cap.damage.add(new Rect(0, 0, 128, 64));
                }
                case 3 -> loop.get().stop();
                default -> { }
            }
        }, e -> { throw new AssertionError(e); }));
        loop.get().run();
        assertEquals(List.of(20_000_000L, 20_000_000L, 20_000_000L), pauses, "50 fps: 20 ms per step");
        assertEquals(2, viewer.lastCompletedFrame());
        assertTrue(java.util.Arrays.equals(cap.screen.pixels(), viewer.pixels()));
        assertEquals(3, viewer.cursorX());
    }

    @Test
    void aViewerProtocolErrorEndsTheLoop() {
        ScriptedCapture cap = new ScriptedCapture();
        ScreenPump pump = new ScreenPump(cap, new TileScreenEncoder(), 1, m -> { });
        pump.viewerMessage(ViewerMessage.encode(new ViewerMessage.FrameAck(77))); // never sent
        List<Exception> errors = new ArrayList<>();
        new ScreenLoop(pump, 30, nanos -> { }, errors::add).run();
        assertEquals(1, errors.size());
        assertInstanceOf(FlowException.class, errors.get(0));
    }
}
