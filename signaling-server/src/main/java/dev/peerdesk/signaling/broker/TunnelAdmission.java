package dev.peerdesk.signaling.broker;

/**
 * The broker's verdict on a tunnel socket's hello: admitted (then {@code code} is null and
 * {@code hostId} names the session's host) or refused with a typed error code.
 */
public record TunnelAdmission(String code, String message, String hostId) {
    static TunnelAdmission admitted(String hostId) {
        return new TunnelAdmission(null, null, hostId);
    }

    static TunnelAdmission refused(String code, String message) {
        return new TunnelAdmission(code, message, null);
    }

    public boolean ok() {
        return code == null;
    }
}
