package dev.peerdesk.transport.dtls;

import java.io.IOException;

/**
 * The datagram path DTLS runs on: the ICE-selected pair in production, an in-process pipe in tests
 * (STYLE.md point 8: the network is injected).
 */
public interface PacketPath {
    /** Sends one datagram. */
    void send(byte[] buf, int off, int len) throws IOException;

    /**
     * Receives one datagram, waiting at most {@code waitMillis}.
     *
     * @return its length, or -1 when none came in time
     * @throws java.io.IOException the path is closed
     */
    int receive(byte[] buf, int off, int len, int waitMillis) throws IOException;

    /** Unblocks receivers; later calls throw. */
    void close();
}
