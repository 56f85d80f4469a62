package dev.peerdesk.signaling.broker;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * The two single-use tunnel tokens of one brokered session: one for the host, one for the viewer,
 * 256 random bits each, valid until {@code expiresAt}. Each is spent by the first tunnel socket
 * that presents it; a second socket with the same token is refused.
 */
final class TunnelTokens {
    final String host;
    final String viewer;
    final long expiresAt;
    boolean hostUsed;
    boolean viewerUsed;

    TunnelTokens(String host, String viewer, long expiresAt) {
        this.host = host;
        this.viewer = viewer;
        this.expiresAt = expiresAt;
    }

    /** Constant time: a token is a secret, its comparison must not leak a matching prefix. */
    static boolean same(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
