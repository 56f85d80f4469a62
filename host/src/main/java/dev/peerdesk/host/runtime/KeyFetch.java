package dev.peerdesk.host.runtime;

import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.SignatureVerifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads the master key from {@code /.well-known/peerdesk/server-key}, only ever before it is pinned. */
final class KeyFetch {
    static final String PATH = "/.well-known/peerdesk/server-key";

    private KeyFetch() {}

    static byte[] fetch(HttpClient http, URI server) throws IOException {
        String base = server.getPath() == null ? "" : server.getPath().replaceAll("/+$", "");
        URI uri = URI.create("https://" + server.getRawAuthority() + base + PATH);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException(uri + " answered HTTP " + r.statusCode());
            }
            return Json.parseObject(r.body().trim()).bytes("publicKey", SignatureVerifier.PUBLIC_KEY_LENGTH);
        } catch (JsonException | IllegalArgumentException e) {
            throw new IOException(uri + " did not return a master key: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the master key");
        }
    }
}
