package dev.peerdesk.viewer.app;

/**
 * Whether this page may fall back to the signaling server's HTTPS tunnel. The URL parameter
 * {@code ?tunnel=force} skips WebRTC and goes through the tunnel at once (tests of the tunnel
 * path, networks known to block everything but HTTPS); {@code ?tunnel=off} never falls back
 * (tests that must prove an ICE path); anything else falls back when ICE fails or finds no path
 * within {@link #FALLBACK_MILLIS}.
 */
enum TunnelMode {
    AUTO, FORCE, OFF;

    /** How long ICE may look for a path before the tunnel is tried (ICE's own failure takes ~30 s). */
    static final int FALLBACK_MILLIS = 8_000;

    static TunnelMode of(String param) {
        if ("force".equals(param)) {
            return FORCE;
        }
        return "off".equals(param) ? OFF : AUTO;
    }
}
