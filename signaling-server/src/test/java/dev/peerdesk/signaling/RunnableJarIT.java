package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.envelope.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as an operator runs it (runs after {@code package}): it starts, answers /healthz
 * over HTTPS, serves the printed master key, and stops cleanly on SIGTERM.
 */
class RunnableJarIT {
    @TempDir
    Path dir;

    @Test
    void jarStartsServesHealthAndKeyAndStopsOnSigterm() throws Exception {
        Path jar = Path.of(System.getProperty("signaling.jar", "target/signaling-server.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " not built");
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--port", "0", "--bind", "127.0.0.1",
                "--data-dir", data.toString()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (Exception ignored) {
                // the process ended
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int port = -1;
            String key = null;
            while (port < 0 || key == null) {
                String l = lines.poll(60, TimeUnit.SECONDS);
                assertNotNull(l, "the jar printed nothing in time");
                Matcher m = Pattern.compile("listening on https://127\\.0\\.0\\.1:(\\d+)/").matcher(l);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
                if (l.startsWith("master key (Ed25519): ")) {
                    key = l.substring("master key (Ed25519): ".length()).trim();
                }
            }
            HttpClient http = client(data.resolve("tls-cert.pem"));
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/.well-known/peerdesk/server-key")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(key, Json.parseObject(served.body()).string("publicKey"));

            // SIGTERM via the handle: Process.destroy() would also close our end of its stdout.
            p.toHandle().destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after SIGTERM");
            reader.join(10_000);
            java.util.List<String> rest = new java.util.ArrayList<>(lines);
            assertTrue(rest.stream().anyMatch(l -> l.contains("signaling server stopped")), "no clean stop (exit " + p.exitValue() + "): " + rest);
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpClient client(Path certPem) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(Clients.trustStore(certPem));
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ctx).build();
    }
}
