package dev.peerdesk.relay.stun;

/** STUN/TURN attribute type codes (RFC 8489 section 18.3, RFC 8656 section 18). */
public final class AttributeTypes {
    public static final int MAPPED_ADDRESS = 0x0001;
    public static final int USERNAME = 0x0006;
    public static final int MESSAGE_INTEGRITY = 0x0008;
    public static final int ERROR_CODE = 0x0009;
    public static final int UNKNOWN_ATTRIBUTES = 0x000A;
    public static final int CHANNEL_NUMBER = 0x000C;
    public static final int LIFETIME = 0x000D;
    public static final int XOR_PEER_ADDRESS = 0x0012;
    public static final int DATA = 0x0013;
    public static final int REALM = 0x0014;
    public static final int NONCE = 0x0015;
    public static final int XOR_RELAYED_ADDRESS = 0x0016;
    public static final int REQUESTED_ADDRESS_FAMILY = 0x0017;
    public static final int EVEN_PORT = 0x0018;
    public static final int REQUESTED_TRANSPORT = 0x0019;
    public static final int DONT_FRAGMENT = 0x001A;
    public static final int XOR_MAPPED_ADDRESS = 0x0020;
    public static final int RESERVATION_TOKEN = 0x0022;
    public static final int PRIORITY = 0x0024;
    public static final int USE_CANDIDATE = 0x0025;
    public static final int SOFTWARE = 0x8022;
    public static final int FINGERPRINT = 0x8028;

    private AttributeTypes() {
    }

    /**
     * Comprehension-required attributes (below 0x8000) this server understands. Anything else in
     * that range makes a request fail with 420 (RFC 8489 section 6.3.1). MESSAGE-INTEGRITY-SHA256,
     * PASSWORD-ALGORITHM and USERHASH are deliberately absent: the server never offers them.
     */
    public static boolean understood(int type) {
        return switch (type) {
            case MAPPED_ADDRESS, USERNAME, MESSAGE_INTEGRITY, ERROR_CODE, UNKNOWN_ATTRIBUTES,
                    CHANNEL_NUMBER, LIFETIME, XOR_PEER_ADDRESS, DATA, REALM, NONCE,
                    XOR_RELAYED_ADDRESS, REQUESTED_ADDRESS_FAMILY, EVEN_PORT, REQUESTED_TRANSPORT,
                    DONT_FRAGMENT, XOR_MAPPED_ADDRESS, RESERVATION_TOKEN, PRIORITY, USE_CANDIDATE -> true;
            default -> type >= 0x8000;
        };
    }
}
