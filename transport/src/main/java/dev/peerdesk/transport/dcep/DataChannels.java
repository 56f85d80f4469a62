package dev.peerdesk.transport.dcep;

import dev.peerdesk.transport.sctp.SctpAssociation;
import dev.peerdesk.transport.sctp.SctpEvent;
import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.SendOptions;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * WebRTC data channels (RFC 8831, RFC 8832) over one {@link SctpAssociation}, sans-IO like it: the
 * runtime feeds packets and time here instead of to the association. The DTLS client uses even stream
 * ids, the server odd ones (RFC 8832 section 6). A malformed DCEP message closes that channel's stream,
 * not the association.
 */
public final class DataChannels {
    private final SctpAssociation association;
    private final boolean dtlsClient;
    private final Map<Integer, DataChannel> channels = new HashMap<>();
    private final ArrayDeque<DataChannelEvent> events = new ArrayDeque<>();
    private boolean connected;
    private long lastNow;

    public DataChannels(SctpAssociation association, boolean dtlsClient) {
        this.association = association;
        this.dtlsClient = dtlsClient;
    }

    public SctpAssociation association() {
        return association;
    }

    public void connect(long now) {
        lastNow = now;
        association.connect(now);
    }

    /**
     * Opens a channel: sends DATA_CHANNEL_OPEN now (queued until the association is up).
     *
     * @param reliability {@link SendOptions#RELIABLE}, {@link SendOptions#maxRetransmits} or
     *                    {@link SendOptions#maxPacketLifeTime}
     * @throws IllegalStateException when no stream id of our parity is free
     */
    public DataChannel open(long now, String label, boolean ordered, SendOptions reliability, String protocol) {
        lastNow = now;
        int id = dtlsClient ? 0 : 1;
        while (channels.containsKey(id)) {
            id += 2;
        }
        if (id > 65534) {
            throw new IllegalStateException("no free stream id");
        }
        DataChannel c = new DataChannel(this, id, label, protocol, ordered, reliability, false);
        channels.put(id, c);
        DataChannelOpen open = new DataChannelOpen(ChannelType.of(ordered, reliability), 256,
                ChannelType.reliabilityParameter(reliability), label, protocol);
        association.send(now, id, Ppid.DCEP, open.encode(), true, SendOptions.RELIABLE);
        if (connected) {
            c.state = DataChannel.State.OPEN;
            events.add(new DataChannelEvent.ChannelOpen(c, false));
        }
        return c;
    }

    public DataChannel channel(int streamId) {
        return channels.get(streamId);
    }

    void send(long now, DataChannel c, int ppid, byte[] data) {
        lastNow = now;
        if (c.state == DataChannel.State.CLOSING || c.state == DataChannel.State.CLOSED) {
            throw new IllegalStateException(c + " is not open");
        }
        byte[] payload = data.length == 0 ? new byte[1] : data;
        association.send(now, c.streamId(), ppid, payload, c.ordered() || !c.acked, c.options());
    }

    void close(long now, DataChannel c) {
        lastNow = now;
        if (c.state == DataChannel.State.CLOSING || c.state == DataChannel.State.CLOSED) {
            return;
        }
        c.state = DataChannel.State.CLOSING;
        association.resetStream(now, c.streamId());
    }

    public void handleInput(long now, byte[] packet) throws SctpException {
        lastNow = now;
        try {
            association.handleInput(now, packet);
        } finally {
            pump();
        }
    }

    public void handleTimeout(long now) {
        lastNow = now;
        association.handleTimeout(now);
        pump();
    }

    public byte[] pollTransmit() {
        byte[] p = association.pollTransmit();
        pump();
        return p;
    }

    public long pollTimeout() {
        return association.pollTimeout();
    }

    public DataChannelEvent pollEvent() {
        pump();
        return events.poll();
    }

    private void pump() {
        SctpEvent e;
        while ((e = association.pollEvent()) != null) {
            if (e instanceof SctpEvent.Connected) {
                onConnected();
            } else if (e instanceof SctpEvent.Message m) {
                onMessage(m);
            } else if (e instanceof SctpEvent.StreamReset r) {
                onStreamReset(r.streamId());
            } else if (e instanceof SctpEvent.BufferedAmountLow low) {
                DataChannel c = channels.get(low.streamId());
                if (c != null) {
                    events.add(new DataChannelEvent.BufferedAmountLow(c));
                }
            } else if (e instanceof SctpEvent.Closed closed) {
                for (DataChannel c : channels.values()) {
                    c.state = DataChannel.State.CLOSED;
                    events.add(new DataChannelEvent.ChannelClosed(c));
                }
                channels.clear();
                events.add(new DataChannelEvent.Closed(closed.reason(), closed.aborted()));
            }
        }
    }

    private void onConnected() {
        connected = true;
        events.add(new DataChannelEvent.Connected());
        for (DataChannel c : channels.values()) {
            if (c.state == DataChannel.State.CONNECTING) {
                c.state = DataChannel.State.OPEN;
                events.add(new DataChannelEvent.ChannelOpen(c, false));
            }
        }
    }

    private void onMessage(SctpEvent.Message m) {
        int id = m.streamId();
        if (m.ppid() == Ppid.DCEP) {
            try {
                onDcep(id, DcepMessage.decode(m.data()));
            } catch (DcepException ex) {
                DataChannel c = channels.get(id);
                if (c != null) {
                    close(lastNow, c);
                } else {
                    association.resetStream(lastNow, id);
                }
            }
            return;
        }
        DataChannel c = channels.get(id);
        if (c == null || c.state == DataChannel.State.CLOSED) {
            return;
        }
        switch (m.ppid()) {
            case Ppid.STRING, Ppid.STRING_PARTIAL -> events.add(new DataChannelEvent.Message(c, m.data(), false));
            case Ppid.BINARY, Ppid.BINARY_PARTIAL -> events.add(new DataChannelEvent.Message(c, m.data(), true));
            case Ppid.STRING_EMPTY -> events.add(new DataChannelEvent.Message(c, new byte[0], false));
            case Ppid.BINARY_EMPTY -> events.add(new DataChannelEvent.Message(c, new byte[0], true));
            default -> { } // unknown PPID: not a data channel payload, ignored
        }
    }

    private void onDcep(int id, DcepMessage msg) {
        if (msg instanceof DataChannelOpen open) {
            if (channels.containsKey(id)) {
                return; // a second OPEN on a stream in use: RFC 8832 leaves it undefined, we ignore it
            }
            DataChannel c = new DataChannel(this, id, open.label(), open.protocol(), open.channelType().ordered(),
                    open.channelType().options(open.reliabilityParameter()), true);
            channels.put(id, c);
            association.send(lastNow, id, Ppid.DCEP, new DataChannelAck().encode(), true, SendOptions.RELIABLE);
            events.add(new DataChannelEvent.ChannelOpen(c, true));
        } else {
            DataChannel c = channels.get(id);
            if (c != null) {
                c.acked = true;
            }
        }
    }

    /** The peer reset its outgoing stream: it closed the channel, or it answers our close (RFC 8831 6.7). */
    private void onStreamReset(int id) {
        DataChannel c = channels.remove(id);
        if (c == null) {
            return;
        }
        if (c.state != DataChannel.State.CLOSING) {
            association.resetStream(lastNow, id);
        }
        c.state = DataChannel.State.CLOSED;
        events.add(new DataChannelEvent.ChannelClosed(c));
    }
}
