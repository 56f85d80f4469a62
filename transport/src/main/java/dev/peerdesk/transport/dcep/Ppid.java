package dev.peerdesk.transport.dcep;

/** SCTP Payload Protocol Identifiers of WebRTC data channels (RFC 8831 section 8, RFC 8832 section 8). */
public final class Ppid {
    public static final int DCEP = 50;
    public static final int STRING = 51;
    /** Deprecated partial-message PPIDs: received as their whole-message equivalents. */
    public static final int BINARY_PARTIAL = 52;
    public static final int BINARY = 53;
    public static final int STRING_PARTIAL = 54;
    public static final int STRING_EMPTY = 56;
    public static final int BINARY_EMPTY = 57;

    private Ppid() {
    }
}
