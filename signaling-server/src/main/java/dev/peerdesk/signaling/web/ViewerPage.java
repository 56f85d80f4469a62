package dev.peerdesk.signaling.web;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.signaling.crypto.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The viewer bundle: from the classpath folder {@code peerdesk-viewer/} (the web-viewer artifact)
 * when present, with the master key put into {@code index.html} in place of
 * {@value #KEY_PLACEHOLDER}; until that artifact exists, a page saying so.
 */
final class ViewerPage {
    static final String BUNDLE = "peerdesk-viewer/";
    static final String KEY_PLACEHOLDER = "%PEERDESK_SERVER_KEY%";
    /** Same-origin code only; WebAssembly allowed (TeaVM's WasmGC target); no inline script or style. */
    static final String CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    record Asset(byte[] bytes, String contentType, boolean embedsKey) {}

    private final String keyB64;
    private final String fingerprint;
    private final boolean bundled;

    ViewerPage(byte[] masterKey) {
        this.keyB64 = Base64Url.encode(masterKey);
        this.fingerprint = Fingerprints.ofKey(masterKey);
        this.bundled = ViewerPage.class.getClassLoader().getResource(BUNDLE + "index.html") != null;
    }

    /** The asset for a request path, or null. */
    Asset find(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            String html = bundled ? new String(read("index.html"), StandardCharsets.UTF_8) : placeholder();
            return new Asset(html.replace(KEY_PLACEHOLDER, keyB64).getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=utf-8", true);
        }
        if (!bundled || path.contains("..") || path.contains("//") || !path.matches("/[A-Za-z0-9._/-]+")) {
            return null;
        }
        byte[] b = read(path.substring(1));
        return b == null ? null : new Asset(b, contentType(path), false);
    }

    private String placeholder() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"peerdesk-server-key\" content=\"" + KEY_PLACEHOLDER + "\">\n"
                + "<title>PeerDesk</title></head><body>\n<h1>PeerDesk signaling server</h1>\n"
                + "<p>The browser viewer is not built yet: this server was packaged without the web-viewer bundle.</p>\n"
                + "<p>Server key fingerprint: <code>" + fingerprint + "</code></p>\n</body></html>\n";
    }

    private static byte[] read(String name) {
        try (InputStream in = ViewerPage.class.getClassLoader().getResourceAsStream(BUNDLE + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "wasm" -> "application/wasm";
            case "json" -> "application/json";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            default -> "application/octet-stream";
        };
    }
}
