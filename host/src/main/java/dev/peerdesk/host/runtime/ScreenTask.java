package dev.peerdesk.host.runtime;

import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.capture.ScreenCapture;
import dev.peerdesk.host.codec.ScreenEncoder;
import dev.peerdesk.host.codec.TileScreenEncoder;
import dev.peerdesk.host.screen.DirtyTiles;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.stream.ScreenPump;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.ScreenUpdate;
import dev.peerdesk.protocol.record.Record;
import dev.peerdesk.protocol.tiles.TileWire;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One session's screen thread: opens the capture, runs the {@link ScreenPump} and wraps each tile
 * codec message in a {@link ScreenUpdate} (codec {@link #CODEC_TILES}, frame id of the frame the
 * message belongs to, 0 for cursor messages) sealed on the video channel. Acks and keyframe
 * requests from the viewer arrive here from the transport thread and wake the loop.
 */
final class ScreenTask {
    static final int CODEC_TILES = 1;
    /** Frames sent but not acked before the pump stops capturing (stale frames are never queued). */
    static final int FRAMES_IN_FLIGHT = 2;
    /** Record header + tag, message frame header, ScreenUpdate fields: what sealing adds. */
    static final int WRAP_OVERHEAD = 64;
    static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

    interface VideoSink {
        void send(Message m) throws IOException;
    }

    private final String session;
    private final ScreenSource source;
    private final VideoSink sink;
    private final Consumer<String> failed;
    private final Consumer<Monitor> monitorSelected;
    private final PrintStream log;
    private final ConcurrentLinkedQueue<byte[]> toPump = new ConcurrentLinkedQueue<>();
    private volatile int monitorChoice = -1;
    private volatile boolean running = true;
    private Thread thread;

    ScreenTask(String session, ScreenSource source, VideoSink sink, Consumer<String> failed,
            Consumer<Monitor> monitorSelected, PrintStream log) {
        this.session = session;
        this.source = source;
        this.sink = sink;
        this.failed = failed;
        this.monitorSelected = monitorSelected;
        this.log = log;
    }

    void start() {
        thread = new Thread(this::run, "peerdesk-screen-" + session);
        thread.setDaemon(true);
        thread.start();
    }

    void ack(long frameId) {
        byte[] m = {TileWire.TYPE_FRAME_ACK, (byte) (frameId >>> 24), (byte) (frameId >>> 16), (byte) (frameId >>> 8),
            (byte) frameId};
        toPump.add(m);
        wake();
    }

    void refresh() {
        toPump.add(new byte[] {TileWire.TYPE_REFRESH});
        wake();
    }

    void chooseMonitor(int index) {
        monitorChoice = index;
        wake();
    }

    /** Waits up to {@code millis} for the thread to have let go of the display (after {@link #stop}). */
    void awaitStopped(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join(millis);
        }
    }

    void stop() {
        running = false;
        wake();
    }

    private void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private void run() {
        try (ScreenCapture capture = source.capture(log)) {
            FrameIdTap encoder = new FrameIdTap(new TileScreenEncoder(Record.MAX_RECORD_LENGTH - WRAP_OVERHEAD, true));
            ScreenPump pump = new ScreenPump(capture, encoder, FRAMES_IN_FLIGHT,
                    bytes -> sink.send(new ScreenUpdate(frameOf(bytes, encoder), CODEC_TILES, bytes)));
            monitorSelected.accept(capture.selected());
            while (running) {
                int choice = monitorChoice;
                if (choice >= 0) {
                    monitorChoice = -1;
                    List<Monitor> monitors = capture.monitors();
                    if (choice < monitors.size() && !monitors.get(choice).equals(capture.selected())) {
                        capture.select(monitors.get(choice));
                        monitorSelected.accept(capture.selected());
                        pump.viewerMessage(new byte[] {TileWire.TYPE_REFRESH});
                    }
                }
                for (byte[] m = toPump.poll(); m != null; m = toPump.poll()) {
                    pump.viewerMessage(m);
                }
                if (pump.pumpOnce() == 0 && running) {
                    LockSupport.parkNanos(this, IDLE_NANOS);
                }
            }
        } catch (Exception e) {
            if (running) {
                running = false;
                failed.accept("screen: " + e.getMessage());
            }
        }
    }

    /** Cursor messages belong to no frame; frame parts (plain or deflated) to the one being encoded. */
    private static long frameOf(byte[] message, FrameIdTap encoder) {
        int type = message[0] & 0xff;
        return type == TileWire.TYPE_CURSOR_POS || type == TileWire.TYPE_CURSOR_SHAPE ? 0 : encoder.current;
    }

    /** Remembers the id of the frame the encoder works on, for the ScreenUpdate wrapper. */
    private static final class FrameIdTap implements ScreenEncoder {
        private final ScreenEncoder inner;
        volatile long current;

        FrameIdTap(ScreenEncoder inner) {
            this.inner = inner;
        }

        @Override
        public void reset() {
            inner.reset();
        }

        @Override
        public List<byte[]> encode(long frameId, Frame f, DirtyTiles dirty) {
            current = frameId;
            return inner.encode(frameId, f, dirty);
        }
    }
}
