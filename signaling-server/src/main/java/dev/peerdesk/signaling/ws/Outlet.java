package dev.peerdesk.signaling.ws;

import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.util.ArrayDeque;
import org.eclipse.jetty.ee11.websocket.jakarta.common.JakartaWebSocketSession;
import org.eclipse.jetty.util.Callback;

/**
 * Ordered, non-blocking sending to one WebSocket: frames queue up and go out one at a time (a
 * Jakarta session allows one pending async send), and a close goes out after the frames queued
 * before it. A peer that stops reading is closed once its queue passes {@link #MAX_QUEUED}
 * instead of growing our heap.
 */
final class Outlet {
    static final int MAX_QUEUED = 1024;

    private final Session session;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    private boolean pumping;
    private boolean resume;

    private record CloseItem(int code, String reason) {}

    Outlet(Session session) {
        this.session = session;
    }

    void send(String text) {
        enqueue(text);
    }

    void close(int code, String reason) {
        enqueue(new CloseItem(code, reason));
    }

    private void enqueue(Object item) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queue.size() >= MAX_QUEUED) {
                queue.clear();
                item = new CloseItem(1008, "not reading its messages");
            }
            queue.addLast(item);
            if (sending) {
                return;
            }
            sending = true;
        }
        pump();
    }

    /**
     * Sends queued items until the queue is empty or a send is in flight. A send that completes
     * synchronously re-enters through {@link #sent}; {@code resume} turns that into another turn
     * of this loop instead of recursion, so a long queue cannot overflow the stack.
     */
    private void pump() {
        synchronized (this) {
            if (pumping) {
                resume = true;
                return;
            }
            pumping = true;
        }
        while (true) {
            Object item;
            synchronized (this) {
                resume = false;
                item = queue.pollFirst();
                if (item == null) {
                    sending = false;
                    pumping = false;
                    return;
                }
                if (item instanceof CloseItem) {
                    closed = true;
                    queue.clear();
                    sending = false;
                    pumping = false;
                }
            }
            if (item instanceof CloseItem c) {
                // The core session's close does not block, unlike Session.close(CloseReason).
                ((JakartaWebSocketSession) session).getCoreSession().close(c.code(), c.reason(), Callback.NOOP);
                return;
            }
            try {
                session.getAsyncRemote().sendText((String) item, this::sent);
            } catch (RuntimeException e) {
                stop(); // the session closed under us: nothing more can be sent
                return;
            }
            synchronized (this) {
                if (!resume) {
                    pumping = false;
                    return;
                }
            }
        }
    }

    private synchronized void stop() {
        closed = true;
        queue.clear();
        sending = false;
        pumping = false;
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            stop();
            return;
        }
        pump();
    }
}
