package dev.peerdesk.signaling.tunnel;

import dev.peerdesk.signaling.broker.Role;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.jetty.ee11.websocket.jakarta.common.JakartaWebSocketSession;
import org.eclipse.jetty.util.Callback;

/**
 * One tunnel socket. Its frames are read one at a time on Jetty's thread for this socket, so the
 * throttles and counters need no lock; sends to it come from its peer's reader and the server
 * and are serialized on this object (a Jakarta session allows one blocking send at a time).
 */
final class TunnelSide {
    enum State { AWAIT_HELLO, WAITING, PAIRED, CLOSED }

    final Session ws;
    final String source;
    final Throttle bytes;
    final Throttle frames;
    volatile State state = State.AWAIT_HELLO;
    volatile TunnelSide peer;
    String session;
    Role role;
    String hostId;
    long bytesIn;
    long framesIn;
    ScheduledFuture<?> timeout;

    TunnelSide(Session ws, String source, TunnelConfig config, long nowNanos) {
        this.ws = ws;
        this.source = source;
        this.bytes = new Throttle(config.burstBytes(), config.bytesPerSecond(), nowNanos);
        this.frames = new Throttle(config.burstFrames(), config.framesPerSecond(), nowNanos);
    }

    /** Whom server texts on this socket are addressed to, as on the signaling sockets. */
    String audience() {
        if (role == null) {
            return "tunnel";
        }
        return role == Role.HOST ? "host:" + hostId : "viewer:" + session;
    }

    /** Blocks until the frame is written (backpressure onto the sender's reader); false if it could not be. */
    synchronized boolean sendBinary(ByteBuffer frame) {
        if (state == State.CLOSED) {
            return false;
        }
        try {
            ws.getBasicRemote().sendBinary(frame);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    synchronized void sendText(String text) {
        if (state == State.CLOSED) {
            return;
        }
        try {
            ws.getBasicRemote().sendText(text);
        } catch (IOException | RuntimeException e) {
            // the socket is going away; the close that follows is all that is left
        }
    }

    void ping() {
        try {
            ws.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            // closing: the close handler does the bookkeeping
        }
    }

    /** Non-blocking close (the core session's, unlike Session.close(CloseReason)). */
    void close(int code, String reason) {
        ((JakartaWebSocketSession) ws).getCoreSession().close(code, reason, Callback.NOOP);
    }

    String describe() {
        return session + " " + (role == null ? "?" : role.name().toLowerCase(java.util.Locale.ROOT));
    }
}
