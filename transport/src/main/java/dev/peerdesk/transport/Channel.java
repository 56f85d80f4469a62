package dev.peerdesk.transport;

import dev.peerdesk.transport.dcep.DataChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A data channel of a {@link PeerConnection}, safe to use from any thread: sends are handed to the
 * connection's executor in call order. Back-pressure as in the W3C API: watch {@link #bufferedAmount()}
 * and resume on {@link PeerListener#onBufferedAmountLow}.
 */
public final class Channel {
    private final PeerConnection owner;
    final DataChannel core;
    /** Bytes handed to send() but not yet queued in SCTP (still on their way to the executor). */
    final AtomicLong inHandoff = new AtomicLong();
    /** SCTP's buffered amount as of the executor's last turn. */
    volatile long sctpBuffered;
    volatile boolean open = true;

    Channel(PeerConnection owner, DataChannel core) {
        this.owner = owner;
        this.core = core;
    }

    public String label() {
        return core.label();
    }

    public String protocol() {
        return core.protocol();
    }

    public int id() {
        return core.streamId();
    }

    public boolean ordered() {
        return core.ordered();
    }

    /** False once closed by either side or with the connection. */
    public boolean isOpen() {
        return open;
    }

    /**
     * Queues a binary message (at most the negotiated max-message-size, 256 KiB with browsers).
     *
     * @throws IllegalStateException    the channel is closed
     * @throws IllegalArgumentException the message is too large
     */
    public void send(byte[] data) {
        owner.send(this, data.clone(), true);
    }

    /** Queues a UTF-8 text message. */
    public void send(String text) {
        owner.send(this, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Bytes queued and not yet sent once, as the W3C {@code bufferedAmount}. */
    public long bufferedAmount() {
        return inHandoff.get() + sctpBuffered;
    }

    /** {@link PeerListener#onBufferedAmountLow} fires when {@link #bufferedAmount()} falls to this. */
    public void setBufferedAmountLowThreshold(long bytes) {
        owner.run(() -> core.setBufferedAmountLowThreshold(bytes));
    }

    /** Closes the channel (stream reset, RFC 8831 section 6.7); the peer sees it close. */
    public void close() {
        owner.closeChannel(this);
    }

    @Override
    public String toString() {
        return "Channel[" + id() + " '" + label() + "']";
    }
}
