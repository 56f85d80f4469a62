package dev.peerdesk.relay.net;

import dev.peerdesk.relay.core.FiveTuple;
import dev.peerdesk.relay.stun.StreamFramer;
import dev.peerdesk.relay.stun.StunFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One TCP or TLS client: a reader thread that frames the stream (RFC 8656 section 12.5) into the
 * core, and a writer thread with a bounded queue, so a client that stops reading loses its own
 * packets instead of stalling the relay. Bad framing closes the connection.
 */
final class StreamConnection {
    private static final int QUEUE = 2048;
    private static final byte[] CLOSE = new byte[0];

    private final Socket socket;
    private final FiveTuple tuple;
    private final CoreDriver driver;
    private final BlockingQueue<byte[]> outbox = new ArrayBlockingQueue<>(QUEUE);
    private final java.util.function.Consumer<StreamConnection> onClose;
    private volatile boolean open = true;

    StreamConnection(Socket socket, FiveTuple tuple, CoreDriver driver,
            java.util.function.Consumer<StreamConnection> onClose) {
        this.socket = socket;
        this.tuple = tuple;
        this.driver = driver;
        this.onClose = onClose;
    }

    FiveTuple tuple() {
        return tuple;
    }

    void start() {
        driver.register(this);
        Thread r = new Thread(this::readLoop, "turn-" + tuple.protocol() + "-read " + tuple.client());
        Thread w = new Thread(this::writeLoop, "turn-" + tuple.protocol() + "-write " + tuple.client());
        r.setDaemon(true);
        w.setDaemon(true);
        r.start();
        w.start();
    }

    void send(byte[] message) {
        if (open) {
            outbox.offer(message); // full queue: dropped, as a congested UDP path would
        }
    }

    void close() {
        if (open) {
            open = false;
            outbox.clear();
            outbox.offer(CLOSE);
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private void readLoop() {
        byte[] buf = new byte[2 * 65_560];
        int have = 0;
        try (InputStream in = socket.getInputStream()) {
            while (true) {
                int n = in.read(buf, have, buf.length - have);
                if (n < 0) {
                    break;
                }
                have += n;
                int pos = 0;
                while (true) {
                    int len = StreamFramer.messageLength(buf, pos, have - pos);
                    if (len < 0 || len > have - pos) {
                        break;
                    }
                    driver.fromClient(tuple, buf, pos, len);
                    pos += len;
                }
                if (pos > 0) {
                    System.arraycopy(buf, pos, buf, 0, have - pos);
                    have -= pos;
                }
            }
        } catch (IOException | StunFormatException e) {
            // reset, TLS failure or a stream that is not TURN: the connection ends
        } finally {
            close();
            driver.closed(tuple);
            onClose.accept(this);
        }
    }

    private void writeLoop() {
        try (OutputStream out = socket.getOutputStream()) {
            while (true) {
                byte[] m = outbox.poll(30, TimeUnit.SECONDS);
                if (m == CLOSE) {
                    return;
                }
                if (m == null) {
                    if (!open) {
                        return;
                    }
                    continue;
                }
                out.write(m);
                for (byte[] more; (more = outbox.poll()) != null;) {
                    if (more == CLOSE) {
                        return;
                    }
                    out.write(more);
                }
                out.flush();
            }
        } catch (IOException e) {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "StreamConnection" + Arrays.asList(tuple);
    }
}
