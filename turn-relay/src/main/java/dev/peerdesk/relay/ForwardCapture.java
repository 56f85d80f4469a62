package dev.peerdesk.relay;

import dev.peerdesk.relay.net.CoreDriver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * --capture-forwarded: appends every payload the relay forwards to a file, so an operator (or a
 * test) can check that what crosses the relay is ciphertext. Writes go straight to the file, as
 * the reader may look at any moment; it is an audit aid, not for busy production relays.
 */
final class ForwardCapture implements CoreDriver.PayloadTap {
    private final OutputStream out;

    ForwardCapture(Path file) {
        try {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + " for --capture-forwarded", e);
        }
    }

    @Override
    public void forwarded(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
            out.flush();
        } catch (IOException e) {
            System.err.println("turn-relay: --capture-forwarded stopped: " + e.getMessage());
        }
    }
}
