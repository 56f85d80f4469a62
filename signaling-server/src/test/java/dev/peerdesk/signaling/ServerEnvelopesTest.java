package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeException;
import dev.peerdesk.protocol.envelope.EnvelopeException.Reason;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.crypto.Ed25519;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a host or viewer does with the server's frames: verify them against the key published at
 * /.well-known/peerdesk/server-key. Tampered, stale and replayed envelopes are rejected.
 */
class ServerEnvelopesTest {
    @TempDir
    Path data;

    static HttpClient https(TestServer s) throws Exception {
        KeyStore trust = Clients.trustStore(s.dataDir.resolve("tls-cert.pem"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ctx).build();
    }

    @Test
    void tamperedStaleAndReplayedEnvelopesAreRejected() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            HttpResponse<String> r = https(s).send(HttpRequest.newBuilder(s.https("/.well-known/peerdesk/server-key"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            byte[] published = Json.parseObject(r.body()).bytes("publicKey", 32);

            TestHost host = TestHost.fresh();
            host.peer = clients.connect("host");
            String wire = host.peer.nextText(); // the raw challenge envelope
            long now = s.clock.millis();
            EnvelopeVerifier v = new EnvelopeVerifier(Ed25519.VERIFIER, published, 60_000, 5_000, 1000);

            JsonObject tampered = Json.parseObject(wire);
            tampered.put("body", "{\"challenge\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}");
            assertEquals(Reason.BAD_SIGNATURE, reject(v, tampered.toString(), "host", now));
            JsonObject reAddressed = Json.parseObject(wire).put("aud", "host:123456789");
            assertEquals(Reason.BAD_SIGNATURE, reject(v, reAddressed.toString(), "host:123456789", now));
            assertEquals(Reason.WRONG_AUDIENCE, reject(v, wire, "viewer", now));

            Envelope first = v.verify(wire, "host", now);
            assertEquals("challenge", first.kind());
            assertEquals(Reason.REPLAYED, reject(v, wire, "host", now + 1));
            EnvelopeVerifier fresh = new EnvelopeVerifier(Ed25519.VERIFIER, published, 60_000, 5_000, 1000);
            assertEquals(Reason.STALE, reject(fresh, wire, "host", now + 60_001));
        }
    }

    private static Reason reject(EnvelopeVerifier v, String wire, String aud, long now) {
        return assertThrows(EnvelopeException.class, () -> v.verify(wire, aud, now)).reason();
    }
}
