package dev.peerdesk.protocol.handshake;

import dev.peerdesk.protocol.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The transcript hash T that SRP's proofs M1 and M2 cover (DESIGN.md "Connection setup" step 5).
 * It binds the authentication to this very session: the protocol version, the host ID, the host's
 * Ed25519 public key, and BOTH DTLS certificate fingerprints as this side saw them in the SDP. A
 * signaling server that swaps a fingerprint to sit in the middle gives the two ends different T,
 * so the proofs fail on both sides even though the password is right.
 *
 * <pre>
 * T = SHA-256( "PeerDesk channel binding" | u16 version
 *              | u16 len | host ID (UTF-8) | u16 len | host public key
 *              | u16 len | viewer fingerprint | u16 len | host fingerprint )
 * </pre>
 * Every field is length-prefixed so no two field lists encode the same bytes. Fingerprints are
 * normalized ("SHA-256 ab:cd" and "sha-256 AB:CD" are the same certificate) before hashing.
 */
public final class ChannelBinding {
    private static final byte[] LABEL = "PeerDesk channel binding".getBytes(StandardCharsets.US_ASCII);

    private ChannelBinding() {}

    /**
     * @param viewerFingerprint the viewer's DTLS fingerprint (viewer: its own; host: from the offer)
     * @param hostFingerprint the host's DTLS fingerprint (host: its own; viewer: from the answer)
     */
    public static byte[] transcript(int protocolVersion, String hostId, byte[] hostPublicKey,
            String viewerFingerprint, String hostFingerprint) {
        Sha256 h = new Sha256();
        h.update(LABEL);
        h.update(new byte[] {(byte) (protocolVersion >>> 8), (byte) protocolVersion});
        field(h, hostId.getBytes(StandardCharsets.UTF_8));
        field(h, hostPublicKey);
        field(h, normalizeFingerprint(viewerFingerprint).getBytes(StandardCharsets.US_ASCII));
        field(h, normalizeFingerprint(hostFingerprint).getBytes(StandardCharsets.US_ASCII));
        return h.digest();
    }

    /** "sha-256 AB:CD:..." as in an SDP a=fingerprint line: algorithm lower case, hex upper case. */
    public static String normalizeFingerprint(String fingerprint) {
        String s = fingerprint.trim();
        int space = s.indexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("fingerprint without algorithm: " + fingerprint);
        }
        return s.substring(0, space).toLowerCase(Locale.ROOT) + " " + s.substring(space).trim().toUpperCase(Locale.ROOT);
    }

    private static void field(Sha256 h, byte[] value) {
        if (value.length > 0xffff) {
            throw new IllegalArgumentException("binding field longer than 65535 bytes");
        }
        h.update(new byte[] {(byte) (value.length >>> 8), (byte) value.length});
        h.update(value);
    }
}
