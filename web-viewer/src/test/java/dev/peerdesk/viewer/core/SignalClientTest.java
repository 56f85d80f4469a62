package dev.peerdesk.viewer.core;

import static org.junit.jupiter.api.Assertions.*;

import dev.peerdesk.protocol.crypto.Sha256;
import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.EnvelopeException;
import dev.peerdesk.protocol.envelope.EnvelopeSealer;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.envelope.SignatureVerifier;
import dev.peerdesk.protocol.envelope.Signer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalClientTest {
    /** Stands in for Ed25519 (tested in protocol/): a keyed hash any change of the signed bytes breaks. */
    static final class KeyedHash implements Signer, SignatureVerifier {
        final byte[] key;

        KeyedHash(byte seed) {
            key = new byte[32];
            Arrays.fill(key, seed);
        }

        @Override public byte[] publicKey() { return key.clone(); }

        @Override public byte[] sign(byte[] message) { return sig(key, message); }

        @Override public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
            return Arrays.equals(sig(publicKey, message), signature);
        }

        static byte[] sig(byte[] key, byte[] m) {
            Sha256 h = new Sha256();
            h.update(key);
            h.update(m);
            byte[] d = h.digest();
            return Arrays.copyOf(d, 64);
        }
    }

    private final KeyedHash master = new KeyedHash((byte) 1);
    private final EnvelopeSealer server = new EnvelopeSealer(master);
    private final SignalClient client = new SignalClient(
            new EnvelopeVerifier(master, master.publicKey(), 60_000, 10_000, 64), "123456789", "S".repeat(22));
    private long nonce;

    private String seal(String kind, String aud, JsonObject body, EnvelopeSealer by) {
        byte[] n = new byte[16];
        n[0] = (byte) ++nonce;
        return by.seal(kind, aud, body, 1000, n).toJson();
    }

    private String brokered() {
        return seal("session", "viewer:" + "S".repeat(22), new JsonObject().put("session", "S".repeat(22))
                .put("id", "123456789").put("hostKey", Base64Url.encode(new byte[32]))
                .put("expiresAt", 5000L).put("iceServers", List.of(new JsonObject().put("urls", List.of("stun:x")))), server);
    }

    @Test
    void brokeredThenAnswerAndCandidates() throws Exception {
        assertEquals("connect", Json.parseObject(client.connect()).string("type"));
        SignalClient.Brokered b = (SignalClient.Brokered) client.receive(brokered(), 1000);
        assertEquals(32, b.hostKey().length);
        assertEquals("stun:x", ((List<?>) ((JsonObject) ((List<?>) Json.parse(b.iceServersJson())).get(0)).array("urls")).get(0));
        String aud = "viewer:" + "S".repeat(22);
        JsonObject answer = new JsonObject().put("session", "S".repeat(22)).put("from", "host")
                .put("message", new JsonObject().put("type", "answer").put("sdp", "v=0"));
        assertEquals(new SignalClient.Answer("v=0"), client.receive(seal("relay", aud, answer, server), 1000));
        JsonObject cand = new JsonObject().put("session", "S".repeat(22)).put("from", "host")
                .put("message", new JsonObject().put("type", "candidate").put("candidate", "candidate:1").put("sdpMid", "0"));
        assertEquals(new SignalClient.Candidate("candidate:1", "0", -1), client.receive(seal("relay", aud, cand, server), 1000));
    }

    @Test
    void tunnelGrantAndReadyAreVerifiedAndChecked() throws Exception {
        String sid = "S".repeat(22);
        String aud = "viewer:" + sid;
        assertEquals(new JsonObject().put("type", "tunnel").put("session", sid), Json.parseObject(client.tunnel()));
        JsonObject grant = new JsonObject().put("session", sid).put("role", "viewer").put("token", "tok")
                .put("path", "/ws/tunnel").put("expiresAt", 5000L);
        // A grant before the session was brokered is not ours to act on.
        assertThrows(dev.peerdesk.protocol.envelope.JsonException.class,
                () -> client.receive(seal("tunnel", aud, grant, server), 1000));
        client.receive(brokered(), 1000);
        assertEquals(new SignalClient.TunnelGranted("tok", "/ws/tunnel"),
                client.receive(seal("tunnel", aud, grant, server), 1000));
        JsonObject hostsGrant = new JsonObject().put("session", sid).put("role", "host").put("token", "t")
                .put("path", "/ws/tunnel");
        assertThrows(dev.peerdesk.protocol.envelope.JsonException.class,
                () -> client.receive(seal("tunnel", aud, hostsGrant, server), 1000));
        assertThrows(EnvelopeException.class, () -> client.receive(seal("tunnel", aud, grant,
                new EnvelopeSealer(new KeyedHash((byte) 2))), 1000), "not signed by the master key");
        assertEquals(new SignalClient.TunnelReady(),
                client.receive(seal("tunnel-ready", aud, new JsonObject().put("session", sid), server), 1000));
        JsonObject hello = Json.parseObject(client.tunnelHello("tok"));
        assertEquals("viewer", hello.string("role"));
        assertEquals("tok", hello.string("token"));
        assertEquals(sid, hello.string("session"));
    }

    @Test
    void refusalCarriesRetryAt() throws Exception {
        String wire = seal("error", "viewer:" + "S".repeat(22), new JsonObject().put("code", "backoff")
                .put("message", "wait").put("retryAt", 9000L), server);
        assertEquals(new SignalClient.Refused("backoff", "wait", 9000), client.receive(wire, 1000));
    }

    @Test
    void forgedReplayedAndMisaddressedEnvelopesAreRefused() throws Exception {
        EnvelopeSealer forger = new EnvelopeSealer(new KeyedHash((byte) 2));
        assertThrows(EnvelopeException.class, () -> client.receive(seal("session", "viewer:" + "S".repeat(22),
                new JsonObject().put("session", "S".repeat(22)), forger), 1000));
        String ok = brokered();
        client.receive(ok, 1000);
        assertThrows(EnvelopeException.class, () -> client.receive(ok, 1000));
        assertThrows(EnvelopeException.class, () -> client.receive(seal("session", "viewer:other",
                new JsonObject(), server), 1000));
        String tampered = ok.replace("123456789", "987654321");
        assertThrows(EnvelopeException.class, () -> client.receive(tampered, 1000));
    }

    @Test
    void relayBeforeBrokeringIsRefused() {
        JsonObject answer = new JsonObject().put("session", "S".repeat(22)).put("from", "host")
                .put("message", new JsonObject().put("type", "answer").put("sdp", "v=0"));
        assertThrows(Exception.class, () -> client.receive(seal("relay", "viewer:" + "S".repeat(22), answer, server), 1000));
    }
}
