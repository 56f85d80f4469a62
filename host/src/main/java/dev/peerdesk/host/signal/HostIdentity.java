package dev.peerdesk.host.signal;

import dev.peerdesk.crypto.Ed25519;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Who this host is to the signaling server: its Ed25519 key (seed in {@code host-key.ed25519},
 * 0600, made on first start), the hardware fingerprint, and the ID certificate the server issued
 * (the signed envelope as received, {@code id-certificate.json}, 0600), from which the ID is read.
 */
public final class HostIdentity {
    static final String KEY_FILE = "host-key.ed25519";
    static final String CERT_FILE = "id-certificate.json";

    private final DataDir dir;
    private final Ed25519 key;
    private final String fingerprint;
    private volatile String id;

    private HostIdentity(DataDir dir, Ed25519 key, String fingerprint, String id) {
        this.dir = dir;
        this.key = key;
        this.fingerprint = fingerprint;
        this.id = id;
    }

    /** Loads (or creates) the key and the stored ID. */
    public static HostIdentity load(DataDir dir, String fingerprint, SecureRandom random) throws IOException {
        Optional<byte[]> seed = dir.read(KEY_FILE);
        Ed25519 key;
        if (seed.isPresent()) {
            byte[] raw = Base64Url.decode(new String(seed.get(), StandardCharsets.US_ASCII).trim());
            if (raw.length != Ed25519.SEED_LENGTH) {
                throw new IOException(dir.path(KEY_FILE) + " is damaged (not a 32-byte Ed25519 seed); "
                        + "refusing to make a new key over it, which would lose this computer's ID");
            }
            key = new Ed25519(raw);
        } else {
            key = Ed25519.generate(random);
            dir.writePrivate(KEY_FILE, (Base64Url.encode(key.seed()) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        String id = null;
        Optional<byte[]> cert = dir.read(CERT_FILE);
        if (cert.isPresent()) {
            try {
                id = Envelope.fromJson(new String(cert.get(), StandardCharsets.UTF_8)).bodyObject().string("id");
            } catch (EnvelopeException | dev.peerdesk.protocol.envelope.JsonException e) {
                // The server gives the ID back for our key: enrolling again is safe.
                id = null;
            }
        }
        return new HostIdentity(dir, key, fingerprint, id);
    }

    public Ed25519 key() {
        return key;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The ID, or null before the first enrollment. */
    public String id() {
        return id;
    }

    /** The server does not know our stored ID (its store was reset): the next hello enrolls afresh. */
    void forget() {
        this.id = null;
    }

    /** Stores a verified ID certificate (the whole envelope) and adopts its ID. */
    void certified(String id, String envelopeJson) throws IOException {
        dir.writePrivate(CERT_FILE, (envelopeJson + "\n").getBytes(StandardCharsets.UTF_8));
        this.id = id;
    }
}
