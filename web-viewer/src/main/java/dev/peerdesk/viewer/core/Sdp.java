package dev.peerdesk.viewer.core;

import dev.peerdesk.protocol.handshake.ChannelBinding;

/** The one thing the viewer reads out of SDP itself: the DTLS certificate fingerprint. */
public final class Sdp {
    private Sdp() {}

    /**
     * The {@code a=fingerprint} value ("sha-256 AB:CD:..."), normalized. Every m-line of one peer
     * carries the same certificate; two different fingerprints in one SDP would make the binding
     * ambiguous, so that is refused.
     */
    public static String fingerprint(String sdp) {
        String found = null;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("a=fingerprint:")) {
                String fp = ChannelBinding.normalizeFingerprint(line.substring("a=fingerprint:".length()));
                if (found != null && !found.equals(fp)) {
                    throw new IllegalArgumentException("SDP carries two different fingerprints");
                }
                found = fp;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("SDP without a=fingerprint");
        }
        return found;
    }
}
