package dev.peerdesk.host.stream;

import java.io.IOException;

/**
 * The outgoing side of a session's {@code video} data channel: where the transport plugs in.
 * One message per call, never above 256 KiB (the encoder guarantees it).
 */
public interface MessageChannel {
    void send(byte[] message) throws IOException;
}
