package dev.peerdesk.transport.sctp;

/**
 * What the handshake settled (RFC 9260 section 5): both verification tags, both initial TSNs, the
 * peer's window and stream counts, and the extensions the peer supports.
 */
record Peer(int localTag, int peerTag, int localInitialTsn, int peerInitialTsn, long peerRwnd,
            int outboundStreams, int inboundStreams, boolean forwardTsn, boolean reconfig) {
}
