package dev.peerdesk.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.audit.AuditLog;
import dev.peerdesk.signaling.broker.CloseCodes;
import dev.peerdesk.crypto.Ed25519;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host enrollment and re-authentication over real WSS. */
class EnrollmentTest {
    @TempDir
    Path data;

    @Test
    void enrollsWithANineDigitIdAndACertificateSignedByTheMasterKey() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            JsonObject cert = host.online(clients);
            assertTrue(host.id.matches("[1-9][0-9]{8}"), host.id);
            assertEquals(Base64Url.encode(host.key.publicKey()), cert.string("hostKey"));
            assertEquals(host.fingerprint, cert.string("fingerprint"));
            assertTrue(cert.bool("enrolled"));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("master-key.ed25519"))));
        }
    }

    @Test
    void restartKeepsTheIdAndTheMasterKey() throws Exception {
        TestHost host = TestHost.fresh();
        byte[] masterKey;
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            host.online(clients);
            masterKey = s.server.masterPublicKey();
        }
        String firstId = host.id;
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            assertEquals(Base64Url.encode(masterKey), Base64Url.encode(s.server.masterPublicKey()));
            JsonObject cert = host.online(clients);
            assertEquals(firstId, cert.string("id"));
            assertFalse(cert.bool("enrolled"));
        }
    }

    @Test
    void aHostThatLostItsIdGetsTheSameIdBackForItsKey() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost host = TestHost.fresh();
            host.online(clients);
            String id = host.id;
            host.peer.close();
            host.id = null;
            assertEquals(id, host.online(clients).string("id"));
        }
    }

    @Test
    void wrongKeyIsRefusedAndAudited() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost owner = TestHost.fresh();
            owner.online(clients);
            TestHost thief = new TestHost(Ed25519.generate(new SecureRandom()), owner.fingerprint);
            Peer p = thief.hello(clients, owner.id);
            p.expectError("key-mismatch", "host");
            assertEquals(CloseCodes.POLICY_VIOLATION, p.awaitClose());
            assertAudited("hello-key-mismatch", owner.id);
            // The rightful host is undisturbed.
            owner.peer.sendText("{\"type\":\"bye\",\"session\":\"nope-nope-nope-nope\"}");
            owner.peer.expectError("unknown-session", "host:" + owner.id);
        }
    }

    @Test
    void wrongFingerprintIsRefusedAndAudited() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost owner = TestHost.fresh();
            owner.online(clients);
            TestHost copied = new TestHost(owner.key, TestHost.fresh().fingerprint);
            Peer p = copied.hello(clients, owner.id);
            p.expectError("fingerprint-mismatch", "host");
            assertEquals(CloseCodes.POLICY_VIOLATION, p.awaitClose());
            assertAudited("hello-fingerprint-mismatch", owner.id);
            // Nor may the copied key enroll afresh on the other hardware to get the ID back.
            copied.id = null;
            Peer q = copied.hello(clients, null);
            q.expectError("fingerprint-mismatch", "host");
        }
    }

    @Test
    void unknownIdAndBadSignatureAreRefused() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost h = TestHost.fresh();
            Peer p = h.hello(clients, "123456789");
            p.expectError("unknown-id", "host");
            assertEquals(CloseCodes.POLICY_VIOLATION, p.awaitClose());

            Peer q = clients.connect("host");
            q.expect("challenge", "host");
            q.send(new JsonObject().put("type", "hello").put("key", Base64Url.encode(h.key.publicKey()))
                    .put("fingerprint", h.fingerprint).put("sig", Base64Url.encode(new byte[64])));
            q.expectError("bad-signature", "host");
            assertEquals(CloseCodes.POLICY_VIOLATION, q.awaitClose());
        }
    }

    @Test
    void aNewerConnectionOfTheSameHostReplacesTheOlder() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            TestHost h = TestHost.fresh();
            h.online(clients);
            Peer old = h.peer;
            h.online(clients);
            assertEquals(CloseCodes.REPLACED, old.awaitClose());
            assertNotEquals(old, h.peer);
        }
    }

    @Test
    void silentHostsAreClosedAfterTheHelloTimeout() throws Exception {
        try (TestServer s = TestServer.start(data); Clients clients = new Clients(s)) {
            Peer p = clients.connect("host");
            p.expect("challenge", "host");
            s.clock.advance(10_001);
            s.server.tick();
            p.expectError("hello-timeout", "host");
            assertEquals(CloseCodes.POLICY_VIOLATION, p.awaitClose());
        }
    }

    private void assertAudited(String event, String id) throws Exception {
        String log = Files.readString(data.resolve(AuditLog.FILE_NAME));
        assertTrue(log.lines().anyMatch(l -> l.contains("\"event\":\"" + event + "\"") && l.contains(id)), log);
    }
}
