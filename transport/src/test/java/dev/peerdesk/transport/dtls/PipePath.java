package dev.peerdesk.transport.dtls;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One end of an in-process datagram pipe; a filter may drop datagrams (targeted faults). */
final class PipePath implements PacketPath {
    private final LinkedBlockingQueue<byte[]> in;
    private final LinkedBlockingQueue<byte[]> out;
    private volatile boolean closed;
    volatile Predicate<byte[]> dropOutgoing = b -> false;

    private PipePath(LinkedBlockingQueue<byte[]> in, LinkedBlockingQueue<byte[]> out) {
        this.in = in;
        this.out = out;
    }

    static PipePath[] pair() {
        LinkedBlockingQueue<byte[]> ab = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<byte[]> ba = new LinkedBlockingQueue<>();
        return new PipePath[] {new PipePath(ba, ab), new PipePath(ab, ba)};
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        byte[] d = Arrays.copyOfRange(buf, off, off + len);
        if (!dropOutgoing.test(d)) {
            out.add(d);
        }
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        try {
            byte[] d = in.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (d == null) {
                return -1;
            }
            int n = Math.min(len, d.length);
            System.arraycopy(d, 0, buf, off, n);
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
