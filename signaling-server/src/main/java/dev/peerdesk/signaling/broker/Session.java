package dev.peerdesk.signaling.broker;

/** One brokered connect between a viewer connection and a host ID. */
final class Session {
    final String id;
    final String hostId;
    final long viewerConn;
    final String viewerSource;
    long expiresAt;
    /** The host answered: the request is accepted and the session lives until bye or its lifetime. */
    boolean answered;
    /** The host reported this session's SRP outcome; it no longer counts as an open attempt. */
    boolean authReported;
    /** The tunnel tokens once the viewer asked for the HTTPS tunnel; null before. */
    TunnelTokens tunnel;

    Session(String id, String hostId, long viewerConn, String viewerSource, long expiresAt) {
        this.id = id;
        this.hostId = hostId;
        this.viewerConn = viewerConn;
        this.viewerSource = viewerSource;
        this.expiresAt = expiresAt;
    }

    static String viewerAudience(String session) {
        return "viewer:" + session;
    }

    static String hostAudience(String hostId) {
        return "host:" + hostId;
    }
}
