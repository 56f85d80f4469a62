package dev.peerdesk.relay.core;

import java.net.InetSocketAddress;

/**
 * Opens and closes relayed UDP sockets for the core (the network is injected: the runtime binds
 * real sockets, tests hand out addresses).
 */
public interface RelayPorts {

    /** Opens a relayed socket, on an even port when asked; null when none is free (508). */
    InetSocketAddress open(boolean evenPort);

    /**
     * Opens an even port and the odd one above it (EVEN-PORT with the R bit, RFC 8656 section
     * 7.2): the second is held for a later Allocate with the RESERVATION-TOKEN. Null when no pair is free.
     */
    InetSocketAddress[] openPair();

    void close(InetSocketAddress relayed);
}
