package dev.peerdesk.host.runtime;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * What stands in for the DTLS fingerprints in the SRP transcript ({@code ChannelBinding}) when a
 * session runs through the signaling server's HTTPS tunnel: there is no DTLS there, so both ends
 * put {@code "peerdesk-tunnel <HEX(UTF-8 session id)>"} in place of BOTH fingerprints. The viewer
 * (web-viewer {@code Tunnel}) computes the same string.
 *
 * <p>Why the server still cannot impersonate either end or read the session: the transcript keeps
 * the host ID and the host's public key, and SRP's proofs M1/M2 need the password (the viewer's)
 * or its verifier (the host's), which the server never sees; a server that answers either side
 * itself gets one online guess per attempt, and the brute-force gate counts it. The records are
 * AES-256-GCM under keys derived from SRP's K, so forwarding them teaches it nothing. The marker
 * binds the path and the session: if one end runs over DTLS and the other over a tunnel, or the
 * two tunnels belong to different brokered sessions (a server splicing attempts), the transcripts
 * differ and the proofs fail on both sides. The marker cannot collide with a real fingerprint
 * ("sha-256 AB:CD:..."): no DTLS hash is called "peerdesk-tunnel".
 */
final class TunnelBinding {
    static final String MARKER = "peerdesk-tunnel";

    private TunnelBinding() {}

    /** Hex keeps it lossless under ChannelBinding's normalization (which upper-cases after the space). */
    static String marker(String session) {
        return MARKER + " " + HexFormat.of().withUpperCase().formatHex(session.getBytes(StandardCharsets.UTF_8));
    }
}
