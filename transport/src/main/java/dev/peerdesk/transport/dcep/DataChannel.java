package dev.peerdesk.transport.dcep;

import dev.peerdesk.transport.sctp.SendOptions;
import java.nio.charset.StandardCharsets;

/** One data channel (RFC 8831): a pair of SCTP streams with the same id, opened with DCEP. */
public final class DataChannel {
    /** Channel states as the W3C API names them. */
    public enum State { CONNECTING, OPEN, CLOSING, CLOSED }

    private final DataChannels owner;
    private final int streamId;
    private final String label;
    private final String protocol;
    private final boolean ordered;
    private final SendOptions options;
    private final boolean remote;
    State state;
    /** DATA_CHANNEL_ACK seen (or we are the acceptor): unordered sends are allowed (RFC 8832 section 6). */
    boolean acked;

    DataChannel(DataChannels owner, int streamId, String label, String protocol, boolean ordered,
                SendOptions options, boolean remote) {
        this.owner = owner;
        this.streamId = streamId;
        this.label = label;
        this.protocol = protocol;
        this.ordered = ordered;
        this.options = options;
        this.remote = remote;
        this.state = remote ? State.OPEN : State.CONNECTING;
        this.acked = remote;
    }

    public int streamId() {
        return streamId;
    }

    public String label() {
        return label;
    }

    public String protocol() {
        return protocol;
    }

    public boolean ordered() {
        return ordered;
    }

    public SendOptions options() {
        return options;
    }

    /** True when the peer opened this channel. */
    public boolean remote() {
        return remote;
    }

    public State state() {
        return state;
    }

    /** Sends UTF-8 text (PPID 51, or 56 with one zero byte for the empty string). */
    public void send(long now, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        owner.send(now, this, b.length == 0 ? Ppid.STRING_EMPTY : Ppid.STRING, b);
    }

    /** Sends binary data (PPID 53, or 57 with one zero byte for the empty message). */
    public void send(long now, byte[] data) {
        owner.send(now, this, data.length == 0 ? Ppid.BINARY_EMPTY : Ppid.BINARY, data);
    }

    public long bufferedAmount() {
        return owner.association().bufferedAmount(streamId);
    }

    public void setBufferedAmountLowThreshold(long bytes) {
        owner.association().setBufferedAmountLowThreshold(streamId, bytes);
    }

    /** Closes via an outgoing stream reset; {@link DataChannelEvent.ChannelClosed} follows when the peer resets back. */
    public void close(long now) {
        owner.close(now, this);
    }

    @Override
    public String toString() {
        return "DataChannel[" + streamId + " '" + label + "' " + state + "]";
    }
}
