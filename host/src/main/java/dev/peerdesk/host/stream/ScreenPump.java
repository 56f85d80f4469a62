package dev.peerdesk.host.stream;

import dev.peerdesk.host.capture.CaptureException;
import dev.peerdesk.host.capture.CursorShape;
import dev.peerdesk.host.capture.ScreenCapture;
import dev.peerdesk.host.codec.FlowException;
import dev.peerdesk.host.codec.ScreenEncoder;
import dev.peerdesk.host.codec.ScreenStreamer;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import dev.peerdesk.protocol.tiles.CursorWriter;
import dev.peerdesk.protocol.tiles.TileFormatException;
import dev.peerdesk.protocol.tiles.TileWire;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs one session's screen: damage and cursor from the capture, frames through the
 * {@link ScreenStreamer} window, messages into the channel, acks back from the viewer. The capture
 * is read only when the window has room, so a slow viewer costs no capture or encode work.
 * {@link #pumpOnce()} runs on the session's screen thread; {@link #viewerMessage} may be called
 * from the transport's thread and is queued.
 */
public final class ScreenPump {
    private final ScreenCapture capture;
    private final ScreenStreamer streamer;
    private final MessageChannel channel;
    private final ConcurrentLinkedQueue<byte[]> inbound = new ConcurrentLinkedQueue<>();
    private int lastCursorX = Integer.MIN_VALUE;
    private int lastCursorY = Integer.MIN_VALUE;

    public ScreenPump(ScreenCapture capture, ScreenEncoder encoder, int maxFramesInFlight, MessageChannel channel) {
        this.capture = capture;
        this.channel = channel;
        this.streamer = new ScreenStreamer(encoder, maxFramesInFlight, capture.selected().width(),
                capture.selected().height());
    }

    /** A message from the viewer on the {@code video} channel (ack or refresh). */
    public void viewerMessage(byte[] message) {
        inbound.add(message);
    }

    /**
     * One step: apply viewer messages, collect damage and cursor changes, send a frame if the
     * window allows. Returns the number of messages sent. A viewer that breaks the protocol gets a
     * typed exception; the session closes.
     */
    public int pumpOnce() throws IOException, TileFormatException, FlowException, CaptureException {
        for (byte[] m = inbound.poll(); m != null; m = inbound.poll()) {
            streamer.viewerMessage(m);
        }
        int sent = 0;
        for (Rect r : capture.pollDamage()) {
            streamer.damage(r);
        }
        Optional<CursorShape> shape = capture.pollCursorShape();
        if (shape.isPresent()) {
            channel.send(cursorShape(shape.get()));
            sent++;
        }
        int[] pos = capture.cursorPosition();
        if (pos[0] != lastCursorX || pos[1] != lastCursorY) {
            lastCursorX = pos[0];
            lastCursorY = pos[1];
            boolean inside = pos[0] >= 0 && pos[1] >= 0 && pos[0] < capture.selected().width()
                    && pos[1] < capture.selected().height();
            channel.send(CursorWriter.position(pos[0], pos[1], inside));
            sent++;
        }
        if (streamer.wantsFrame()) {
            Frame f = capture.capture();
            for (byte[] m : streamer.encode(f)) {
                channel.send(m);
                sent++;
            }
        }
        return sent;
    }

    public int framesInFlight() {
        return streamer.inFlight();
    }

    public long framesSent() {
        return streamer.framesSent();
    }

    /** Cursors larger than the wire allows are cropped around the hot spot's corner. */
    private static byte[] cursorShape(CursorShape c) {
        int w = Math.min(c.width(), TileWire.MAX_CURSOR_SIDE);
        int h = Math.min(c.height(), TileWire.MAX_CURSOR_SIDE);
        if (w == 0 || h == 0) {
            return CursorWriter.shape(0, 0, 0, 0, new int[0]);
        }
        int[] argb = w == c.width() ? Arrays.copyOf(c.argb(), w * h) : new int[w * h];
        if (w != c.width()) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(c.argb(), y * c.width(), argb, y * w, w);
            }
        }
        return CursorWriter.shape(Math.min(c.hotX(), w - 1), Math.min(c.hotY(), h - 1), w, h, argb);
    }
}
