package dev.peerdesk.signaling.web;

import dev.peerdesk.signaling.filter.IpFilter;
import dev.peerdesk.signaling.filter.SourceRateLimiter;
import dev.peerdesk.signaling.metrics.Metrics;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.InstantSource;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first filter every request meets: the IP allow/deny list (403), then, for WebSocket
 * upgrades, the per-source connect rate (429). Runs before TLS-level work is wasted on routing.
 */
public final class SourceFilterHandler extends Handler.Wrapper {
    private final IpFilter ipFilter;
    private final SourceRateLimiter wsConnects;
    private final InstantSource clock;
    private final Metrics metrics;

    public SourceFilterHandler(Handler next, IpFilter ipFilter, SourceRateLimiter wsConnects, InstantSource clock,
            Metrics metrics) {
        super(next);
        this.ipFilter = ipFilter;
        this.wsConnects = wsConnects;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        if (!(remote instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
            return true;
        }
        if (!ipFilter.permits(isa.getAddress())) {
            metrics.refused("ip-denied");
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
            return true;
        }
        if (Request.getPathInContext(request).startsWith("/ws/")
                && !wsConnects.tryAcquire(isa.getAddress().getHostAddress(), clock.millis())) {
            metrics.refused("ws-connect-rate");
            Response.writeError(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
