package dev.peerdesk.signaling.tunnel;

/** Bad input on a tunnel socket: becomes a signed {@code error} with {@code code}, then a close. */
final class TunnelRefusal extends Exception {
    final String code;

    TunnelRefusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }
}
