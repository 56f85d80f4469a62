package dev.peerdesk.transport;

import dev.peerdesk.transport.dtls.PacketPath;
import java.io.IOException;

/**
 * The path under DTLS, replaceable while DTLS runs: an ICE restart (RFC 8445 section 9) brings a new
 * ICE session and pair, but the same DTLS association and SCTP keep going over it.
 */
final class PathSwitch implements PacketPath {
    private volatile PacketPath current;
    private volatile boolean closed;

    PathSwitch(PacketPath first) {
        this.current = first;
    }

    /** Moves sending and receiving to {@code next}; the caller closes the old path afterwards. */
    void switchTo(PacketPath next) {
        current = next;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        current.send(buf, off, len);
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        PacketPath p = current;
        try {
            return p.receive(buf, off, len, waitMillis);
        } catch (IOException e) {
            if (!closed && p != current) {
                return -1; // the old path closed under a receive that started before the switch
            }
            throw e;
        }
    }

    @Override
    public void close() {
        closed = true;
        current.close();
    }
}
