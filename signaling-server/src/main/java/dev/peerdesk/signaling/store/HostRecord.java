package dev.peerdesk.signaling.store;

import java.util.Arrays;

/** One enrolled host: its 9-digit ID bound to an Ed25519 public key and a hardware fingerprint. */
public record HostRecord(String id, byte[] publicKey, String hardwareFingerprint, long enrolledAt) {
    public HostRecord {
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public boolean keyMatches(byte[] key) {
        return java.security.MessageDigest.isEqual(publicKey, key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostRecord r && id.equals(r.id) && Arrays.equals(publicKey, r.publicKey)
                && hardwareFingerprint.equals(r.hardwareFingerprint) && enrolledAt == r.enrolledAt;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
