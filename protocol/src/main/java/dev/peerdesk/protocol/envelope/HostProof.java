package dev.peerdesk.protocol.envelope;

import java.nio.charset.StandardCharsets;

/**
 * The bytes a host signs with its Ed25519 key toward the signaling server. Each starts with its own
 * context line, so a signature made for one purpose can never be presented for another, and every
 * field is checked by the server to be free of newlines before these bytes are built.
 */
public final class HostProof {
    private HostProof() {}

    /**
     * Proof of key possession answering the server's challenge: at enrollment ({@code id} empty)
     * and at every later connection. Binds the challenge, the claimed ID, the hardware fingerprint
     * and the key itself.
     */
    public static byte[] hello(byte[] challenge, String id, String hardwareFingerprint, byte[] hostKey) {
        return utf8("PeerDesk-Host-Hello\n" + Base64Url.encode(challenge) + "\n" + id + "\n"
                + hardwareFingerprint + "\n" + Base64Url.encode(hostKey));
    }

    /**
     * The host's report of one SRP authentication outcome for a brokered session; the server feeds
     * it to the brute-force gate of that ID. Signed so nobody else can lock a host out or unlock it.
     */
    public static byte[] authResult(String id, String session, boolean ok) {
        return utf8("PeerDesk-Auth-Result\n" + id + "\n" + session + "\n" + (ok ? "ok" : "fail"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
