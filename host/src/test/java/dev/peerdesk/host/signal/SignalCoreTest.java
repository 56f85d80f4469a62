package dev.peerdesk.host.signal;

import dev.peerdesk.crypto.Ed25519;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.EnvelopeSealer;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonObject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sans-IO signaling core against hostile and well-formed server messages, on a virtual clock. */
class SignalCoreTest {
    static final long NOW = 1_800_000_000_000L;

    @TempDir
    Path dir;

    final Ed25519 master = Ed25519.generate(new SecureRandom());
    final EnvelopeSealer server = new EnvelopeSealer(master);
    final SplittableRandom nonces = new SplittableRandom(1);
    HostIdentity identity;
    SignalCore core;

    @BeforeEach
    void setUp() throws Exception {
        identity = HostIdentity.load(DataDir.open(dir, Map.of()), "hw-fingerprint-test", new SecureRandom());
        core = new SignalCore(identity, new EnvelopeVerifier(Ed25519.VERIFIER, master.publicKey(), 120_000, 60_000, 100));
        core.opened();
    }

    String sealed(EnvelopeSealer by, String kind, String aud, JsonObject body, long ts) {
        byte[] nonce = new byte[16];
        nonces.nextBytes(nonce);
        return by.seal(kind, aud, body, ts, nonce).toJson();
    }

    String challenge(long ts) {
        return sealed(server, "challenge", "host", new JsonObject().put("challenge", Base64Url.encode(new byte[32])), ts);
    }

    String certificate(String id, byte[] key) {
        return sealed(server, "id-certificate", "host:" + id, new JsonObject().put("id", id)
                .put("hostKey", Base64Url.encode(key)).put("fingerprint", "hw-fingerprint-test")
                .put("enrolledAt", NOW).put("enrolled", true), NOW);
    }

    @Test
    void answersTheChallengeWithAHelloTheServerCanVerifyThenGoesOnline() throws Exception {
        assertEquals(List.of(), core.receive(challenge(NOW), NOW));
        JsonObject hello = Json.parseObject(core.outgoing().poll());
        assertEquals("hello", hello.string("type"));
        assertFalse(hello.has("id"), "enrollment claims no ID");
        byte[] proof = HostProof.hello(new byte[32], "", "hw-fingerprint-test", identity.key().publicKey());
        assertTrue(Ed25519.VERIFIER.verify(identity.key().publicKey(), proof, hello.bytes("sig", 64)));
        assertEquals(List.of(new SignalEvent.Online("123456789", true)),
                core.receive(certificate("123456789", identity.key().publicKey()), NOW));
        assertEquals("123456789", identity.id());
        // Connect requests then come addressed to our ID.
        List<SignalEvent> ev = core.receive(sealed(server, "connect-request", "host:123456789", new JsonObject()
                .put("session", "s".repeat(20)).put("viewerAddress", "198.18.0.2").put("expiresAt", NOW + 30_000)
                .put("iceServers", List.of()), NOW + 1), NOW + 1);
        assertTrue(ev.get(0) instanceof SignalEvent.ConnectRequest r && r.viewerAddress().equals("198.18.0.2"));
    }

    @Test
    void refusesForgedStaleFutureMisaddressedAndReplayedEnvelopes() throws Exception {
        EnvelopeSealer impostor = new EnvelopeSealer(Ed25519.generate(new SecureRandom()));
        String forged = sealed(impostor, "challenge", "host", new JsonObject().put("challenge", "AAAA"), NOW);
        assertThrows(SignalException.class, () -> core.receive(forged, NOW));
        core.opened();
        assertThrows(SignalException.class, () -> core.receive(challenge(NOW - 120_001), NOW));
        core.opened();
        assertThrows(SignalException.class, () -> core.receive(challenge(NOW + 60_001), NOW));
        core.opened();
        String other = sealed(server, "challenge", "viewer:x", new JsonObject().put("challenge", "AAAA"), NOW);
        assertThrows(SignalException.class, () -> core.receive(other, NOW));
        core.opened();
        String good = challenge(NOW);
        core.receive(good, NOW);
        core.opened();
        assertThrows(SignalException.class, () -> core.receive(good, NOW), "replayed");
        core.opened();
        assertThrows(SignalException.class, () -> core.receive("{not json", NOW));
        assertThrows(SignalException.class, () -> core.receive("", NOW));
    }

    @Test
    void aCertificateForAnotherKeyIsRefusedAndNotStored() throws Exception {
        core.receive(challenge(NOW), NOW);
        SignalException e = assertThrows(SignalException.class,
                () -> core.receive(certificate("123456789", new byte[32]), NOW));
        assertFalse(e.permanent());
        assertEquals(null, identity.id());
    }

    @Test
    void keyOrHardwareMismatchIsPermanentAndUnknownIdReEnrolls() throws Exception {
        core.receive(challenge(NOW), NOW);
        SignalException e = assertThrows(SignalException.class, () -> core.receive(sealed(server, "error", "host",
                new JsonObject().put("code", "fingerprint-mismatch").put("message", "other hardware"), NOW), NOW));
        assertTrue(e.permanent());
        identity.certified("123456789", "{}");
        core.opened();
        core.receive(challenge(NOW), NOW);
        assertTrue(Json.parseObject(core.outgoing().poll()).has("id"));
        SignalException u = assertThrows(SignalException.class, () -> core.receive(sealed(server, "error", "host",
                new JsonObject().put("code", "unknown-id").put("message", "not here"), NOW), NOW));
        assertFalse(u.permanent());
        assertEquals(null, identity.id(), "the next hello enrolls afresh");
    }
}
