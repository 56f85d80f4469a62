package dev.peerdesk.relay.core;

import java.net.InetSocketAddress;

/** A message the core wants sent; the runtime layer does the sending. */
public sealed interface Transmit {

    /** To a client on the transport and server address of its five-tuple. */
    record ToClient(FiveTuple client, byte[] data) implements Transmit {
    }

    /**
     * From a relayed address to a peer. {@code data} may be the caller's input buffer: it is
     * valid until the next call into the core, so the runtime sends it before feeding more input.
     */
    record ToPeer(InetSocketAddress relay, InetSocketAddress peer, byte[] data, int offset, int length)
            implements Transmit {
    }
}
