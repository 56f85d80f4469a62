package dev.peerdesk.viewer.core;

import dev.peerdesk.protocol.message.ClipboardText;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.FrameAck;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.ProtocolException;
import dev.peerdesk.protocol.message.ScreenUpdate;
import dev.peerdesk.protocol.record.RecordException;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.SecureSession;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.protocol.tiles.TileDecoder;
import dev.peerdesk.protocol.tiles.TileFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * The viewer's session above the data channels, sans-IO: the SRP handshake on {@code control},
 * then sealed records; screen updates from {@code video} decoded into the {@link FrameBuffer};
 * input sealed for the host. The runtime feeds channel messages and sends what it is told to.
 * Any failure ends the session with a typed reason; nothing is sent after that but the reply.
 */
public final class SessionCore {
    public enum State { HANDSHAKE, ESTABLISHED, ENDED }

    /** Bytes to send on a channel. */
    public record Send(SessionChannel channel, byte[] bytes) {}

    /** How the session ended: the error (null for an orderly close) and a detail for logs. */
    public record End(ErrorCode error, String detail) {}

    private final ViewerHandshake handshake;
    private final TileDecoder decoder;
    private SecureSession session;
    private State state = State.HANDSHAKE;
    private End end;
    private boolean viewOnly;
    private ClipboardText clipboard;
    private final List<Send> out = new ArrayList<>();

    public SessionCore(ViewerHandshake handshake, FrameBuffer screen) {
        this.handshake = handshake;
        this.decoder = new TileDecoder(screen);
    }

    public State state() {
        return state;
    }

    public End end() {
        return end;
    }

    /** Whether the host told us that input is not allowed in this session. */
    public boolean viewOnly() {
        return viewOnly;
    }

    /** The computer's clipboard text that arrived since the last call, or null. */
    public ClipboardText takeClipboard() {
        ClipboardText c = clipboard;
        clipboard = null;
        return c;
    }

    /** The control channel opened: the first handshake message. */
    public List<Send> start() {
        out.clear();
        out.add(new Send(SessionChannel.CONTROL, handshake.start()));
        return drain();
    }

    /** One data-channel message arrived. */
    public List<Send> receive(SessionChannel channel, byte[] bytes) {
        out.clear();
        if (state == State.HANDSHAKE) {
            if (channel != SessionChannel.CONTROL) {
                finish(ErrorCode.PROTOCOL_VIOLATION, "data on " + channel.label() + " before authentication");
                return drain();
            }
            HandshakeStep step = handshake.receive(bytes);
            if (step.reply() != null) {
                out.add(new Send(SessionChannel.CONTROL, step.reply()));
            }
            switch (step.outcome()) {
                case ESTABLISHED -> {
                    session = step.session();
                    state = State.ESTABLISHED;
                }
                case FAILED -> finish(step.error(), step.detail());
                default -> { }
            }
            return drain();
        }
        if (state == State.ENDED) {
            return drain();
        }
        try {
            SecureSession.Received r = session.open(channel, bytes);
            if (r.close()) {
                finish(null, "the computer closed the session");
                return drain();
            }
            for (Message m : r.messages()) {
                handle(channel, m);
            }
        } catch (RecordException | ProtocolException e) {
            fail(ErrorCode.PROTOCOL_VIOLATION, "bad record on " + channel.label() + ": " + e.getMessage());
        } catch (TileFormatException e) {
            fail(ErrorCode.PROTOCOL_VIOLATION, "bad screen update: " + e.getMessage());
        }
        return drain();
    }

    private void handle(SessionChannel channel, Message m) throws TileFormatException {
        if (m instanceof ScreenUpdate u && channel == SessionChannel.VIDEO) {
            decoder.decode(u.payload());
        } else if (m instanceof ClipboardText c && channel == SessionChannel.CONTROL) {
            clipboard = c; // a newer one supersedes one the page has not taken yet
        } else if (m instanceof ErrorMessage e) {
            if (e.code() == ErrorCode.PERMISSION_DENIED) {
                viewOnly = true; // the host dropped our input: say so, keep showing the screen
            } else {
                finish(e.code(), e.detail());
            }
        }
        // Cursor messages on control are not shown yet; ignoring them is safe.
    }

    /** The screen has shown frame {@code frameId}: the acknowledgement that paces the host. */
    public List<Send> frameShown(long frameId) {
        out.clear();
        if (state == State.ESTABLISHED && frameId > 0) {
            out.add(new Send(SessionChannel.VIDEO, session.seal(SessionChannel.VIDEO, new FrameAck(frameId))));
        }
        return drain();
    }

    /** Input and control messages for the host; nothing before authentication or after the end. */
    public List<Send> send(Message... messages) {
        out.clear();
        if (state == State.ESTABLISHED && messages.length > 0) {
            out.add(new Send(SessionChannel.CONTROL, session.seal(SessionChannel.CONTROL, messages)));
        }
        return drain();
    }

    /** The person disconnects: an orderly close record on control. */
    public List<Send> close() {
        out.clear();
        if (state == State.ESTABLISHED) {
            out.add(new Send(SessionChannel.CONTROL, session.sealClose(SessionChannel.CONTROL)));
        }
        finish(null, "disconnected");
        return drain();
    }

    private void fail(ErrorCode code, String detail) {
        if (state == State.ESTABLISHED) {
            out.add(new Send(SessionChannel.CONTROL, session.seal(SessionChannel.CONTROL, new ErrorMessage(code,
                    detail.length() > 200 ? detail.substring(0, 200) : detail))));
        }
        finish(code, detail);
    }

    private void finish(ErrorCode code, String detail) {
        if (state != State.ENDED) {
            state = State.ENDED;
            end = new End(code, detail);
        }
    }

    private List<Send> drain() {
        List<Send> copy = new ArrayList<>(out);
        out.clear();
        return copy;
    }
}
