package dev.peerdesk.transport.sctp;

import java.security.MessageDigest;
import java.util.Random;

/**
 * Sends {@code total} seeded-random bytes on one stream in messages of varying size, keeping at most
 * {@code window} bytes buffered (back-pressure), and hashes what it sent; the receiving side hashes what
 * arrived on that stream in arrival order.
 */
final class StreamFeeder {
    private final SctpAssociation sender;
    private final int stream;
    private final long total;
    private final Random random;
    private final MessageDigest sentHash;
    private final MessageDigest receivedHash;
    private long sent;
    private long received;
    private int receivedIndex;

    StreamFeeder(SctpAssociation sender, int stream, long total, long seed) throws Exception {
        this.sender = sender;
        this.stream = stream;
        this.total = total;
        this.random = new Random(seed);
        this.sentHash = MessageDigest.getInstance("SHA-256");
        this.receivedHash = MessageDigest.getInstance("SHA-256");
    }

    void feed(long now, long window) {
        while (sent < total && sender.bufferedAmount(stream) < window) {
            int size = (int) Math.min(total - sent, 1 + random.nextInt(65536));
            byte[] m = new byte[size];
            random.nextBytes(m);
            sentHash.update(m);
            sender.send(now, stream, 53, m, true, SendOptions.RELIABLE);
            sent += size;
        }
    }

    void collect(SctpPeer receiver) {
        while (receivedIndex < receiver.messages.size()) {
            SctpEvent.Message m = receiver.messages.get(receivedIndex++);
            if (m.streamId() == stream) {
                receivedHash.update(m.data());
                received += m.data().length;
            }
        }
        receiver.messages.clear();
        receivedIndex = 0;
    }

    boolean done() {
        return received == total;
    }

    long received() {
        return received;
    }

    byte[] sentDigest() throws Exception {
        return ((MessageDigest) sentHash.clone()).digest();
    }

    byte[] receivedDigest() throws Exception {
        return ((MessageDigest) receivedHash.clone()).digest();
    }
}
