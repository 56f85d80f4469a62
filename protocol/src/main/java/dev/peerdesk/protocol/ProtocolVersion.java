package dev.peerdesk.protocol;

/** The session protocol version that both ends put into the handshake transcript. */
public final class ProtocolVersion {
    /** Bumped on any incompatible change to the wire format or the handshake. */
    public static final int CURRENT = 1;

    private ProtocolVersion() {}
}
