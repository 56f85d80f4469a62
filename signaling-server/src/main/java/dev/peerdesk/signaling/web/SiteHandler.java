package dev.peerdesk.signaling.web;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.crypto.Fingerprints;
import dev.peerdesk.signaling.metrics.Metrics;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server's plain HTTP surface: the viewer page at {@code /}, the master key at
 * {@code /.well-known/peerdesk/server-key}, {@code /healthz} and {@code /metrics}. Everything
 * else (the WebSocket endpoints) passes on to the servlet context.
 */
public final class SiteHandler extends Handler.Wrapper {
    public static final String KEY_PATH = "/.well-known/peerdesk/server-key";

    private final byte[] masterKey;
    private final Metrics metrics;
    private final ViewerPage viewer;

    public SiteHandler(Handler next, byte[] masterKey, Metrics metrics) {
        super(next);
        this.masterKey = masterKey.clone();
        this.metrics = metrics;
        this.viewer = new ViewerPage(masterKey);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.startsWith("/ws/")) {
            return super.handle(request, response, callback);
        }
        boolean get = HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod());
        if (!get) {
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        switch (path) {
            case "/healthz" -> text(response, callback, "text/plain; charset=utf-8", "ok\n");
            case "/metrics" -> text(response, callback, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
            case KEY_PATH -> {
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                text(response, callback, "application/json", new JsonObject().put("algorithm", "Ed25519")
                        .put("publicKey", Base64Url.encode(masterKey))
                        .put("fingerprint", Fingerprints.ofKey(masterKey)) + "\n");
            }
            default -> {
                ViewerPage.Asset asset = viewer.find(path);
                if (asset == null) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                    return true;
                }
                if (asset.embedsKey()) {
                    // The page carries the master key: never let a cache serve a stale or swapped one.
                    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                }
                response.getHeaders().put("Content-Security-Policy", ViewerPage.CSP);
                response.getHeaders().put("X-Frame-Options", "DENY");
                response.getHeaders().put("Cross-Origin-Opener-Policy", "same-origin");
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.contentType());
                response.write(true, java.nio.ByteBuffer.wrap(asset.bytes()), callback);
            }
        }
        return true;
    }

    private static void text(Response response, Callback callback, String type, String body) {
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        Content.Sink.write(response, true, body, callback);
    }
}
