package dev.peerdesk.signaling.ws;

import dev.peerdesk.signaling.broker.CloseCodes;
import dev.peerdesk.signaling.broker.Role;
import dev.peerdesk.signaling.metrics.Metrics;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import org.eclipse.jetty.ee11.websocket.jakarta.common.JakartaWebSocketSession;

/**
 * One WebSocket (host or viewer) as Jakarta sees it; everything it hears goes to the runtime.
 * Oversize messages never get here: Jetty closes them with 1009 (the buffer size limit).
 */
public final class SignalingEndpoint extends Endpoint {
    private final BrokerRuntime runtime;
    private final Role role;
    private final Metrics metrics;
    private volatile long id;

    public SignalingEndpoint(BrokerRuntime runtime, Role role, Metrics metrics) {
        this.runtime = runtime;
        this.role = role;
        this.metrics = metrics;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        id = runtime.opened(session, role, sourceOf(session));
        long conn = id;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> runtime.received(conn, text));
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) b -> runtime.receivedBinary(conn));
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (reason.getCloseCode().getCode() == CloseCodes.MESSAGE_TOO_BIG) {
            metrics.refused("message-too-big");
        }
        runtime.closed(id);
    }

    @Override
    public void onError(Session session, Throwable error) {
        // Jetty closes the session after reporting; onClose does the bookkeeping.
    }

    static String sourceOf(Session session) {
        SocketAddress a = ((JakartaWebSocketSession) session).getCoreSession().getRemoteAddress();
        if (a instanceof InetSocketAddress i && i.getAddress() != null) {
            return i.getAddress().getHostAddress();
        }
        return String.valueOf(a);
    }
}
