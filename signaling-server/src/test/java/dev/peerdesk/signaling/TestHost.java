package dev.peerdesk.signaling;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.crypto.Ed25519;
import java.security.SecureRandom;

/** A host as the server sees it: an Ed25519 key, a hardware fingerprint, and the hello dance. */
final class TestHost {
    final Ed25519 key;
    final String fingerprint;
    String id;
    Peer peer;

    TestHost(Ed25519 key, String fingerprint) {
        this.key = key;
        this.fingerprint = fingerprint;
    }

    static TestHost fresh() {
        SecureRandom r = new SecureRandom();
        byte[] fp = new byte[32];
        r.nextBytes(fp);
        return new TestHost(Ed25519.generate(r), Base64Url.encode(fp));
    }

    /** Connects and says hello (enrolling when {@code id} is null); returns the peer, certificate not yet read. */
    Peer hello(Clients clients, String claimedId) throws Exception {
        Peer p = clients.connect("host");
        JsonObject challenge = p.expect("challenge", "host");
        byte[] c = Base64Url.decode(challenge.string("challenge"));
        byte[] proof = HostProof.hello(c, claimedId == null ? "" : claimedId, fingerprint, key.publicKey());
        JsonObject hello = new JsonObject().put("type", "hello").put("key", Base64Url.encode(key.publicKey()))
                .put("fingerprint", fingerprint).put("sig", Base64Url.encode(key.sign(proof)));
        if (claimedId != null) {
            hello.put("id", claimedId);
        }
        p.send(hello);
        return p;
    }

    /** Connects, says hello and reads the ID certificate; the host is then online. */
    JsonObject online(Clients clients) throws Exception {
        peer = hello(clients, id);
        JsonObject cert = peer.expectAnyCertificate();
        id = cert.string("id");
        return cert;
    }

    /** A viewer asks for this host; both get their envelopes. Returns the session id. */
    String brokered(Peer viewer) throws Exception {
        String sid = ConnectFlowTest.newSession();
        viewer.send(ConnectFlowTest.connect(id, sid));
        viewer.expect("session", "viewer:" + sid);
        peer.expect("connect-request", "host:" + id);
        return sid;
    }

    /** Reports an SRP outcome and waits for the server's acknowledgement; returns it. */
    JsonObject reportAuth(String session, boolean ok) throws Exception {
        peer.send(new JsonObject().put("type", "auth-result").put("session", session).put("ok", ok)
                .put("sig", Base64Url.encode(key.sign(HostProof.authResult(id, session, ok)))));
        JsonObject ack = peer.expect("auth-recorded", "host:" + id);
        if (!session.equals(ack.string("session")) || ok != ack.bool("ok")) {
            throw new AssertionError("acknowledged " + ack);
        }
        return ack;
    }
}
