package dev.peerdesk.signaling.broker;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.envelope.SignatureVerifier;
import dev.peerdesk.signaling.store.HostRecord;
import java.io.IOException;
import java.util.Optional;

/**
 * Host authentication: the server's challenge, then the host's signed hello, which either enrolls
 * the host (no ID yet: a fresh random 9-digit ID bound to its key and hardware fingerprint) or
 * proves it holds the key its ID is bound to. Answered with an ID certificate signed by the
 * master key. A wrong key or fingerprint for an ID is refused and audited.
 */
final class HostHello {
    static final int CHALLENGE_LENGTH = 32;
    private static final int MAX_ID_ATTEMPTS = 32;

    private final Broker b;

    HostHello(Broker b) {
        this.b = b;
    }

    void challenge(Conn c) {
        c.challenge = new byte[CHALLENGE_LENGTH];
        b.random.nextBytes(c.challenge);
        b.out.signed(c.id, "challenge", "host", new JsonObject().put("challenge", Base64Url.encode(c.challenge)));
    }

    void hello(Conn c, JsonObject m) throws Refused, JsonException {
        byte[] challenge = c.challenge;
        if (challenge == null) {
            throw new Refused("bad-state", "hello was already answered", true);
        }
        c.challenge = null; // single use, whatever happens next
        b.awaitingHello.remove(c.id);
        String id = m.optString("id");
        if (id != null) {
            Validate.hostId(id);
        }
        byte[] key = m.bytes("key", SignatureVerifier.PUBLIC_KEY_LENGTH);
        String fingerprint = Validate.token(m.string("fingerprint"), 16, 128, "fingerprint");
        byte[] sig = m.bytes("sig", SignatureVerifier.SIGNATURE_LENGTH);
        if (!b.signatures.verify(key, HostProof.hello(challenge, id == null ? "" : id, fingerprint, key), sig)) {
            b.out.audit("hello-bad-signature", c.source, id, null);
            throw new Refused("bad-signature", "the hello signature does not verify", true);
        }
        if (id != null) {
            online(c, check(c, id, key, fingerprint), false);
            return;
        }
        Optional<HostRecord> known = b.registry.findByKey(key);
        if (known.isPresent()) {
            // The host lost its ID file but kept its key: it gets its ID back, on the same hardware only.
            online(c, check(c, known.get().id(), key, fingerprint), false);
        } else {
            online(c, enroll(c, key, fingerprint), true);
        }
    }

    private HostRecord enroll(Conn c, byte[] key, String fingerprint) throws Refused {
        try {
            for (int i = 0; i < MAX_ID_ATTEMPTS; i++) {
                String id = Integer.toString(100_000_000 + b.random.nextInt(900_000_000));
                HostRecord h = new HostRecord(id, key, fingerprint, b.out.now);
                if (b.registry.insert(h)) {
                    b.metrics.enrolled();
                    b.out.audit("enrolled", c.source, id, fingerprint);
                    return h;
                }
            }
        } catch (IOException e) {
            b.out.audit("store-failed", c.source, null, e.toString());
            throw new Refused("unavailable", "the host store failed; try again later", true);
        }
        throw new IllegalStateException("32 random IDs in a row taken: the 900-million ID space cannot be that full");
    }

    private HostRecord check(Conn c, String id, byte[] key, String fingerprint) throws Refused {
        HostRecord h = b.registry.findById(id).orElse(null);
        if (h == null) {
            b.out.audit("hello-unknown-id", c.source, id, null);
            throw new Refused("unknown-id", "this ID is not enrolled here", true);
        }
        if (!h.keyMatches(key)) {
            b.out.audit("hello-key-mismatch", c.source, id, Base64Url.encode(key));
            throw new Refused("key-mismatch", "this ID is bound to another key", true);
        }
        if (!h.hardwareFingerprint().equals(fingerprint)) {
            b.out.audit("hello-fingerprint-mismatch", c.source, id, fingerprint);
            throw new Refused("fingerprint-mismatch", "this ID is bound to other hardware", true);
        }
        return h;
    }

    private void online(Conn c, HostRecord h, boolean enrolledNow) {
        Conn previous = b.online.put(h.id(), c);
        if (previous != null && previous != c) {
            previous.hostId = null;
            previous.closing = true;
            b.out.close(previous.id, CloseCodes.REPLACED, "replaced by a newer connection of this host");
            b.out.audit("host-replaced", previous.source, h.id(), null);
        }
        c.hostId = h.id();
        b.out.signed(c.id, "id-certificate", Session.hostAudience(h.id()), new JsonObject()
                .put("id", h.id())
                .put("hostKey", Base64Url.encode(h.publicKey()))
                .put("fingerprint", h.hardwareFingerprint())
                .put("enrolledAt", h.enrolledAt())
                .put("enrolled", enrolledNow));
        b.out.audit("host-online", c.source, h.id(), null);
    }
}
