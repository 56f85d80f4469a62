package dev.peerdesk.signaling.broker;

/** WebSocket close codes (RFC 6455 section 7.4) the broker uses. */
public final class CloseCodes {
    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int UNSUPPORTED_DATA = 1003;
    public static final int POLICY_VIOLATION = 1008;
    public static final int MESSAGE_TOO_BIG = 1009;
    /** Private-use range: this host ID connected again elsewhere; the newer connection wins. */
    public static final int REPLACED = 4001;

    private CloseCodes() {}
}
