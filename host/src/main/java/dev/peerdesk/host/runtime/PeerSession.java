package dev.peerdesk.host.runtime;

import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.transport.Channel;
import dev.peerdesk.transport.PeerConnection;
import dev.peerdesk.transport.PeerConnectionConfig;
import dev.peerdesk.transport.PeerListener;
import dev.peerdesk.transport.sdp.OfferParser;
import dev.peerdesk.transport.sdp.RemoteOffer;
import dev.peerdesk.transport.sdp.SdpException;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One brokered session on the transport: answers the viewer's offer with a PeerConnection,
 * trickles candidates both ways through the signaling server, maps the viewer's data channels
 * by label and hands their messages to the {@link HostSession}. When the viewer finds no ICE path
 * and the server grants an HTTPS tunnel before the handshake began, the session moves onto a
 * {@link TunnelLink} and the PeerConnection is dropped (its callbacks are ignored from then on).
 */
final class PeerSession implements PeerListener, SessionLink {
    interface Signal {
        void answer(String session, String sdp);

        void candidate(String session, String candidate, String mid, Integer index);
    }

    private final String id;
    private final PeerConnection pc;
    private final HostSession session;
    private final Signal signal;
    private final Map<SessionChannel, Channel> channels = new EnumMap<>(SessionChannel.class);
    private volatile String mid;
    private volatile int mLineIndex;
    private volatile boolean offered;
    private volatile boolean closing;
    private volatile TunnelLink tunnel;

    PeerSession(String id, String peer, List<?> iceServers, SessionContext ctx, Signal signal) {
        this.id = id;
        this.signal = signal;
        this.session = new HostSession(id, peer, ctx, this);
        this.pc = PeerConnection.create(PeerConnectionConfig.defaults().withIceServers(IceConfig.from(iceServers)),
                this);
    }

    HostSession session() {
        return session;
    }

    /** A relayed signaling message from the viewer: offer, candidate or bye. */
    void fromViewer(JsonObject m) {
        try {
            switch (m.string("type")) {
                case "offer" -> offer(m.string("sdp"));
                case "candidate" -> {
                    if (offered) {
                        pc.addRemoteCandidate(m.string("candidate"));
                    }
                }
                case "bye" -> session.closed("viewer said bye: " + m.optString("reason"));
                default -> { }
            }
        } catch (JsonException | SdpException e) {
            session.fail(ErrorCode.PROTOCOL_VIOLATION, "signaling: " + e.getMessage());
        } catch (IOException e) {
            session.fail(ErrorCode.INTERNAL, "cannot open a socket: " + e.getMessage());
        }
    }

    /** The server granted the HTTPS tunnel: moves the session onto it unless SRP already started elsewhere. */
    void tunnel(dev.peerdesk.host.signal.SignalEvent.TunnelGrant grant, TunnelDialer dialer, String hostId) {
        if (tunnel != null || closing || !session.tunnelled(TunnelBinding.marker(id))) {
            return;
        }
        tunnel = dialer.dial(grant, hostId, new TunnelLink.Receiver() {
            @Override
            public void onMessage(SessionChannel channel, byte[] message) {
                session.onMessage(channel, message);
            }

            @Override
            public void closed(String reason) {
                session.closed(reason);
            }
        });
        pc.close();
    }

    private void offer(String sdp) throws SdpException, IOException {
        RemoteOffer o = OfferParser.parse(sdp);
        if (o.fingerprints().isEmpty()) {
            throw new SdpException(SdpException.Problem.BAD_FINGERPRINT, "offer without a=fingerprint");
        }
        mid = o.mid();
        mLineIndex = o.dataSectionIndex();
        String answer = pc.setRemoteOffer(sdp);
        if (!offered) {
            session.fingerprints(o.fingerprints().get(0).sdpValue(), pc.localFingerprint().sdpValue());
        }
        offered = true;
        signal.answer(id, answer);
    }

    @Override
    public void onLocalCandidate(String candidate) {
        signal.candidate(id, candidate, mid, mLineIndex);
    }

    @Override
    public void onLocalCandidatesDone() {
        signal.candidate(id, "", mid, mLineIndex); // end-of-candidates
    }

    @Override
    public void onIceConnected(String selectedPair) {
        if (tunnel != null) {
            return;
        }
        session.iceConnected(selectedPair);
    }

    @Override
    public void onChannelOpen(Channel channel) {
        if (tunnel != null) {
            return;
        }
        SessionChannel kind = SessionChannel.ofLabel(channel.label());
        if (kind == null) {
            channel.close(); // a label no session uses
            return;
        }
        synchronized (channels) {
            channels.put(kind, channel);
        }
    }

    @Override
    public void onMessage(Channel channel, byte[] data, boolean binary) {
        if (tunnel != null) {
            return;
        }
        SessionChannel kind = SessionChannel.ofLabel(channel.label());
        if (kind == null) {
            return;
        }
        if (!binary) {
            session.fail(ErrorCode.PROTOCOL_VIOLATION, "text message on " + kind.label());
            return;
        }
        session.onMessage(kind, data);
    }

    @Override
    public void onChannelClosed(Channel channel) {
        if (tunnel != null) {
            return;
        }
        SessionChannel kind = SessionChannel.ofLabel(channel.label());
        if (kind == SessionChannel.CONTROL) {
            session.closed("control channel closed");
        }
    }

    @Override
    public void onClosed(String reason) {
        if (tunnel != null) {
            return;
        }
        session.closed("transport: " + reason);
    }

    @Override
    public void send(SessionChannel kind, byte[] message) throws IOException {
        if (tunnel != null) {
            tunnel.send(kind, message);
            return;
        }
        Channel c;
        synchronized (channels) {
            c = channels.get(kind);
        }
        if (c == null || !c.isOpen()) {
            throw new IOException(kind.label() + " channel not open");
        }
        try {
            c.send(message);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    /** Longest wait for queued messages (a final error) to leave before the connection closes. */
    static final long DRAIN_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    @Override
    public void close(Runnable after) {
        if (closing) {
            return;
        }
        closing = true;
        if (tunnel != null) {
            tunnel.close(after);
            return;
        }
        // Closing aborts the SCTP association, which drops what is still queued: drain first.
        Thread t = new Thread(() -> {
            long end = System.nanoTime() + DRAIN_NANOS;
            while (buffered() > 0 && System.nanoTime() < end) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
            pc.close();
            after.run();
        }, "peerdesk-close-" + id);
        t.setDaemon(true);
        t.start();
    }

    private long buffered() {
        long n = 0;
        synchronized (channels) {
            for (Channel c : channels.values()) {
                if (c.isOpen()) {
                    n += c.bufferedAmount();
                }
            }
        }
        return n;
    }
}
