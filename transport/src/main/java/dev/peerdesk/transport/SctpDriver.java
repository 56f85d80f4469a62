package dev.peerdesk.transport;

import dev.peerdesk.transport.dcep.DataChannel;
import dev.peerdesk.transport.dcep.DataChannelEvent;
import dev.peerdesk.transport.dcep.DataChannels;
import dev.peerdesk.transport.dtls.DtlsLink;
import dev.peerdesk.transport.sctp.SctpAssociation;
import dev.peerdesk.transport.sctp.SctpConfig;
import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.SendOptions;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the sans-IO SCTP association and data channels on the connection's executor: feeds them DTLS
 * records and timer expiries, sends what they produce over DTLS, turns their events into listener calls.
 * Everything here runs on the executor except {@link #received}, which the DTLS reader calls.
 */
final class SctpDriver {
    private final PeerConnection owner;
    private final PeerListener listener;
    private final ScheduledExecutorService executor;
    private final DtlsLink dtls;
    private final DataChannels channels;
    private final Map<Integer, Channel> handles = new HashMap<>();
    private final ConcurrentLinkedQueue<byte[]> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private ScheduledFuture<?> timer;
    private long timerAt = Long.MAX_VALUE;
    private boolean ended;

    SctpDriver(PeerConnection owner, PeerListener listener, ScheduledExecutorService executor, DtlsLink dtls,
               boolean dtlsClient, int localPort, int remotePort, int maxMessageSize, SecureRandom random) {
        this.owner = owner;
        this.listener = listener;
        this.executor = executor;
        this.dtls = dtls;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        SctpConfig sc = SctpConfig.builder(random::nextInt, secret).ports(localPort, remotePort)
                .maxMessageSize(maxMessageSize).build();
        this.channels = new DataChannels(new SctpAssociation(sc), dtlsClient);
    }

    /** Sends INIT; in WebRTC both ends do and the association resolves the collision. */
    void start() {
        channels.connect(owner.now());
        pump();
    }

    /** From the DTLS reader thread: queue one record and make sure a drain runs on the executor. */
    void received(byte[] record) {
        inbox.add(record);
        if (drainQueued.compareAndSet(false, true)) {
            owner.run(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        byte[] p;
        while (!ended && (p = inbox.poll()) != null) {
            try {
                channels.handleInput(owner.now(), p);
            } catch (SctpException e) {
                // the association aborted itself; its Closed event ends the connection in pump()
            }
        }
        pump();
    }

    Channel open(String label, boolean ordered, SendOptions reliability) {
        DataChannel c = channels.open(owner.now(), label, ordered, reliability, "");
        Channel h = new Channel(owner, c);
        handles.put(c.streamId(), h);
        pump();
        return h;
    }

    void send(Channel ch, byte[] data, boolean binary) {
        if (ended || !ch.open || ch.core.state() != DataChannel.State.OPEN) {
            return; // closed while the message was on its way here: dropped, as after close() in the W3C API
        }
        if (binary) {
            ch.core.send(owner.now(), data);
        } else {
            ch.core.send(owner.now(), new String(data, java.nio.charset.StandardCharsets.UTF_8));
        }
        pump();
    }

    /** Resets the channel's stream (RFC 8831 section 6.7); ChannelClosed follows when the peer resets back. */
    void close(Channel ch) {
        if (!ended) {
            ch.core.close(owner.now());
            pump();
        }
    }

    /** Sends what SCTP has, reports its events, re-arms its timer: after every input to the core. */
    void pump() {
        if (ended) {
            return;
        }
        if (!flush()) {
            return;
        }
        DataChannelEvent e;
        while (!ended && (e = channels.pollEvent()) != null) {
            dispatch(e);
        }
        if (ended) {
            return;
        }
        for (Channel h : handles.values()) {
            h.sctpBuffered = h.core.bufferedAmount();
        }
        long at = channels.pollTimeout();
        if (at < timerAt) {
            if (timer != null) {
                timer.cancel(false);
            }
            timerAt = at;
            timer = executor.schedule(this::onTimer, Math.max(0, at - owner.now()), TimeUnit.MILLISECONDS);
        }
    }

    private boolean flush() {
        byte[] p;
        while ((p = channels.pollTransmit()) != null) {
            try {
                dtls.send(p, 0, p.length);
            } catch (IOException e) {
                owner.finish("DTLS send failed: " + e.getMessage(), false);
                return false;
            }
        }
        return true;
    }

    private void onTimer() {
        timer = null;
        timerAt = Long.MAX_VALUE;
        if (!ended) {
            channels.handleTimeout(owner.now());
            pump();
        }
    }

    private void dispatch(DataChannelEvent e) {
        if (e instanceof DataChannelEvent.Connected) {
            owner.sctpConnected();
            listener.onConnected();
        } else if (e instanceof DataChannelEvent.ChannelOpen o) {
            listener.onChannelOpen(handles.computeIfAbsent(o.channel().streamId(), id -> new Channel(owner, o.channel())));
        } else if (e instanceof DataChannelEvent.Message m) {
            Channel h = handles.get(m.channel().streamId());
            if (h != null) {
                listener.onMessage(h, m.data(), m.binary());
            }
        } else if (e instanceof DataChannelEvent.BufferedAmountLow low) {
            Channel h = handles.get(low.channel().streamId());
            if (h != null) {
                h.sctpBuffered = h.core.bufferedAmount();
                listener.onBufferedAmountLow(h);
            }
        } else if (e instanceof DataChannelEvent.ChannelClosed c) {
            Channel h = handles.remove(c.channel().streamId());
            if (h != null) {
                h.open = false;
                listener.onChannelClosed(h);
            }
        } else if (e instanceof DataChannelEvent.Closed c) {
            owner.finish("SCTP " + (c.aborted() ? "aborted: " : "shut down: ") + c.reason(), false);
        }
    }

    /** The connection ends: optionally ABORT the association (RFC 9260 9.1), report every open channel closed. */
    void end(boolean abort) {
        if (ended) {
            return;
        }
        if (abort) {
            channels.association().abort(owner.now());
            flush();
        }
        ended = true;
        if (timer != null) {
            timer.cancel(false);
        }
        List<Channel> open = new ArrayList<>(handles.values());
        handles.clear();
        for (Channel h : open) {
            h.open = false;
            listener.onChannelClosed(h);
        }
    }
}
