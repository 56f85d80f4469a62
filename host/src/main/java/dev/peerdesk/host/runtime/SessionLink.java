package dev.peerdesk.host.runtime;

import dev.peerdesk.protocol.session.SessionChannel;
import java.io.IOException;

/** The transport under one session: the data channels by kind, and closing the connection. */
interface SessionLink {
    /** Sends one whole data-channel message; throws when that channel is not open. */
    void send(SessionChannel channel, byte[] message) throws IOException;

    /**
     * Ends the connection once what was sent has left (so a final ErrorMessage reaches the viewer
     * before the close), then runs {@code after}; idempotent.
     */
    void close(Runnable after);
}
