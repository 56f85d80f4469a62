package dev.peerdesk.relay.core;

import java.net.InetSocketAddress;

/**
 * Opens and closes relayed UDP sockets for the core (the network is injected: the runtime binds
 * real sockets, tests hand out addresses).
 */
public interface RelayPorts {

    /** Opens a relayed socket, on an even port when asked; null when none is free (508). */
    InetSocketAddress open(boolean evenPort);

    void close(InetSocketAddress relayed);
}
