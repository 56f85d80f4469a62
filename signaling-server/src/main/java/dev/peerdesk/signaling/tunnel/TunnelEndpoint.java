package dev.peerdesk.signaling.tunnel;

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
 * One socket on {@code /ws/tunnel} as Jakarta sees it. Its limits are its own (frames up to a
 * whole session message, a short hello, the tunnel idle timeout); a frame over the limit never
 * gets here: Jetty closes the socket with 1009 and {@link TunnelRelay#closed} closes the peer.
 */
public final class TunnelEndpoint extends Endpoint {
    /** The hello is a few hundred bytes; nothing else is text. */
    static final int MAX_TEXT = 1024;

    private final TunnelRelay relay;
    private volatile TunnelSide side;

    public TunnelEndpoint(TunnelRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        TunnelConfig c = relay.config();
        var core = ((JakartaWebSocketSession) session).getCoreSession();
        core.setMaxFrameSize(c.maxFrameBytes());
        core.setMaxBinaryMessageSize(c.maxFrameBytes());
        core.setMaxTextMessageSize(MAX_TEXT);
        session.setMaxBinaryMessageBufferSize(c.maxFrameBytes());
        session.setMaxTextMessageBufferSize(MAX_TEXT);
        session.setMaxIdleTimeout(c.idleTimeoutMillis());
        TunnelSide s = relay.opened(session, sourceOf(session));
        side = s;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> relay.text(s, text));
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) b -> relay.binary(s, b));
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        TunnelSide s = side;
        if (s != null) {
            relay.closed(s, reason.getCloseCode().getCode());
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        // Jetty closes the session after reporting; onClose does the bookkeeping.
    }

    private static String sourceOf(Session session) {
        SocketAddress a = ((JakartaWebSocketSession) session).getCoreSession().getRemoteAddress();
        if (a instanceof InetSocketAddress i && i.getAddress() != null) {
            return i.getAddress().getHostAddress();
        }
        return String.valueOf(a);
    }
}
