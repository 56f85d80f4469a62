package dev.peerdesk.host.codec;

import dev.peerdesk.host.screen.DirtyTiles;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import dev.peerdesk.protocol.tiles.TileFormatException;
import dev.peerdesk.protocol.tiles.ViewerMessage;
import java.util.List;

/**
 * The sans-IO screen pipeline of one session: damage in, viewer acks in, messages out. The
 * runtime loop asks {@link #wantsFrame()}, captures only then, and hands the frame to
 * {@link #encode}. Not thread-safe; the session's loop serializes calls.
 */
public final class ScreenStreamer {
    private final ScreenEncoder encoder;
    private final FrameFlow flow;
    private DirtyTiles dirty;
    private long damageReports;
    private long framesSent;

    public ScreenStreamer(ScreenEncoder encoder, int maxInFlight, int width, int height) {
        this.encoder = encoder;
        this.flow = new FrameFlow(maxInFlight);
        this.dirty = new DirtyTiles(width, height);
        dirty.addAll();
    }

    public void damage(Rect r) {
        damageReports++;
        dirty.add(r);
    }

    /** A frame ack or refresh request from the viewer. */
    public void viewerMessage(byte[] message) throws TileFormatException, FlowException {
        ViewerMessage m = ViewerMessage.decode(message);
        if (m instanceof ViewerMessage.FrameAck ack) {
            flow.ack(ack.frameId());
        } else {
            encoder.reset();
            dirty.addAll();
        }
    }

    /** Whether capturing now would produce a frame the link has room for. */
    public boolean wantsFrame() {
        return !dirty.isEmpty() && flow.maySend();
    }

    /** Encodes the dirty part of {@code frame}; an empty list when nothing had really changed. */
    public List<byte[]> encode(Frame frame) {
        if (!flow.maySend()) {
            throw new IllegalStateException("encode with a full window: the loop checks wantsFrame()");
        }
        if (frame.width() != dirty.width() || frame.height() != dirty.height()) {
            // The screen was resized: everything is new.
            dirty = new DirtyTiles(frame.width(), frame.height());
            dirty.addAll();
        }
        long id = flow.nextFrameId();
        List<byte[]> messages = encoder.encode(id, frame, dirty);
        dirty.clear();
        if (!messages.isEmpty()) {
            flow.sent(id);
            framesSent++;
        }
        return messages;
    }

    public int inFlight() {
        return flow.inFlight();
    }

    public long damageReports() {
        return damageReports;
    }

    public long framesSent() {
        return framesSent;
    }
}
