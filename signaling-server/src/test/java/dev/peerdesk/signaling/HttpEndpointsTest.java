package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.crypto.Fingerprints;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /, /healthz, /metrics and the published master key, over HTTPS with the JDK client. */
class HttpEndpointsTest {
    @TempDir
    Path data;

    @Test
    void servesHealthMetricsKeyAndTheViewerPageWithStrictHeaders() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            HttpClient http = ServerEnvelopesTest.https(s);
            HttpResponse<String> health = get(http, s, "/healthz");
            assertEquals(200, health.statusCode());
            assertEquals("ok\n", health.body());
            assertTrue(health.headers().firstValue("strict-transport-security").orElse("").contains("max-age="));

            HttpResponse<String> key = get(http, s, "/.well-known/peerdesk/server-key");
            JsonObject k = Json.parseObject(key.body());
            byte[] master = s.server.masterPublicKey();
            assertEquals(Base64Url.encode(master), k.string("publicKey"));
            assertEquals(Fingerprints.ofKey(master), k.string("fingerprint"));
            assertEquals("Ed25519", k.string("algorithm"));

            HttpResponse<String> page = get(http, s, "/");
            assertEquals(200, page.statusCode());
            // The web-viewer bundle is on this module's runtime classpath: the real viewer page.
            assertTrue(page.body().contains("id=\"connect-form\""), page.body());
            assertTrue(!page.body().contains("%PEERDESK_SERVER_KEY%"), "the key placeholder is filled in");
            assertTrue(page.body().contains(Base64Url.encode(master)), "the page embeds the master key");
            assertEquals("no-store", page.headers().firstValue("cache-control").orElse(""));
            String csp = page.headers().firstValue("content-security-policy").orElse("");
            assertTrue(csp.startsWith("default-src 'none'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-inline"), csp);
            assertTrue(page.headers().firstValue("strict-transport-security").isPresent());

            assertEquals(404, get(http, s, "/nothing-here").statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(s.https("/healthz"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());

            TestHost host = TestHost.fresh();
            host.online(clients);
            String metrics = get(http, s, "/metrics").body();
            assertTrue(metrics.contains("peerdesk_hosts_connected 1\n"), metrics);
            assertTrue(metrics.contains("peerdesk_enrollments_total 1\n"), metrics);
            assertTrue(metrics.contains("peerdesk_sessions_brokered_total 0\n"), metrics);
            assertTrue(metrics.contains("# TYPE peerdesk_refusals_total counter"), metrics);
        }
    }

    private static HttpResponse<String> get(HttpClient http, TestServer s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(s.https(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
