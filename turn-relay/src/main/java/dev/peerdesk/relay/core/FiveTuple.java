package dev.peerdesk.relay.core;

import java.net.InetSocketAddress;

/**
 * What identifies a client's allocation (RFC 8656 section 2): the transport, the server address
 * the client reached and the client's address. For TCP and TLS the client address names one
 * connection.
 */
public record FiveTuple(Protocol protocol, InetSocketAddress server, InetSocketAddress client) {

    /** The transport between client and server. */
    public enum Protocol {
        UDP, TCP, TLS;

        /** Streams need ChannelData padded to four bytes (RFC 8656 section 12.5). */
        public boolean stream() {
            return this != UDP;
        }
    }
}
