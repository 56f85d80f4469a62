package dev.peerdesk.transport;

import dev.peerdesk.transport.dcep.DataChannel;
import dev.peerdesk.transport.dcep.DataChannelEvent;
import dev.peerdesk.transport.dcep.DataChannels;
import dev.peerdesk.transport.dtls.DtlsCertificate;
import dev.peerdesk.transport.dtls.DtlsLink;
import dev.peerdesk.transport.ice.IceListener;
import dev.peerdesk.transport.ice.IceSession;
import dev.peerdesk.transport.sctp.SctpAssociation;
import dev.peerdesk.transport.sctp.SctpConfig;
import dev.peerdesk.transport.sctp.SctpException;
import dev.peerdesk.transport.sctp.SendOptions;
import dev.peerdesk.transport.sdp.Answer;
import dev.peerdesk.transport.sdp.DtlsSetup;
import dev.peerdesk.transport.sdp.Fingerprint;
import dev.peerdesk.transport.sdp.IceCandidate;
import dev.peerdesk.transport.sdp.OfferParser;
import dev.peerdesk.transport.sdp.RemoteOffer;
import dev.peerdesk.transport.sdp.SdpException;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A WebRTC data-channel peer connection for the JVM, in the answerer role a host plays to a browser:
 * {@link #setRemoteOffer} returns the answer, candidates trickle both ways, channels open from either
 * side. ICE is ice4j, DTLS 1.2 is Bouncy Castle, SCTP and DCEP are our sans-IO cores.
 *
 * <p>Threads: one executor drives the SCTP core and calls the {@link PeerListener}; one reader thread
 * runs the blocking DTLS handshake and receive loop and hands records to the executor; ice4j has its own.
 * Public methods may be called from any thread.
 */
public final class PeerConnection implements AutoCloseable {
    private static final int SCTP_PORT = SctpConfig.DEFAULT_PORT;
    private static final int MAX_MESSAGE_SIZE = SctpConfig.DEFAULT_MAX_MESSAGE_SIZE;

    private final PeerConnectionConfig config;
    private final PeerListener listener;
    private final ScheduledExecutorService executor;
    private final boolean ownExecutor;
    private final SecureRandom random = new SecureRandom();
    private final DtlsCertificate certificate;
    private final ConcurrentLinkedQueue<byte[]> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final Map<Integer, Channel> handles = new HashMap<>();
    private volatile IceSession ice;
    /** The ICE session of a restart in progress; data stays on {@link #ice} until this one connects. */
    private volatile IceSession restarting;
    private volatile PathSwitch path;
    private long sessionId;
    private DtlsSetup ourSetup;
    private volatile RemoteOffer offer;
    private volatile DtlsLink dtls;
    private volatile boolean closed;
    private volatile long maxMessageSize = MAX_MESSAGE_SIZE;
    private DataChannels channels;
    private ScheduledFuture<?> timer;
    private long timerAt = Long.MAX_VALUE;
    private ScheduledFuture<?> watchdog;
    private boolean connected;
    private long startedAt;
    private Thread reader;

    private PeerConnection(PeerConnectionConfig config, PeerListener listener) {
        this.config = config;
        this.listener = listener;
        this.ownExecutor = config.executor() == null;
        this.executor = ownExecutor ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "peerdesk-peer");
            t.setDaemon(true);
            return t;
        }) : config.executor();
        this.certificate = DtlsCertificate.generate(random, System.currentTimeMillis());
    }

    public static PeerConnection create(PeerConnectionConfig config, PeerListener listener) {
        return new PeerConnection(config, listener);
    }

    /** Our certificate's fingerprint, as the answer carries it (the session layer binds it). */
    public Fingerprint localFingerprint() {
        return certificate.fingerprint();
    }

    /** The fingerprint of the certificate the peer proved in DTLS, or null before. */
    public Fingerprint remoteFingerprint() {
        DtlsLink d = dtls;
        return d == null ? null : d.peerFingerprint();
    }

    /**
     * Takes the browser's offer, binds host candidates, starts ICE and returns our answer. DTLS role: the
     * offer's actpass gets a=setup:active: we then send the ClientHello as soon as ICE connects instead of
     * waiting a round trip for it (RFC 8842 section 5.3 allows either; browsers answer the same).
     *
     * @throws SdpException the offer is not a data channel offer we accept
     * @throws IOException  no local socket could be bound
     */
    public synchronized String setRemoteOffer(String sdp) throws SdpException, IOException {
        RemoteOffer o = OfferParser.parse(sdp);
        if (offer != null) {
            return renegotiate(o);
        }
        offer = o;
        maxMessageSize = o.maxMessageSize() == 0 ? MAX_MESSAGE_SIZE : Math.min(MAX_MESSAGE_SIZE, o.maxMessageSize());
        IceSession s = newIceSession();
        ice = s;
        sessionId = random.nextLong() >>> 2;
        ourSetup = o.setup() == DtlsSetup.ACTIVE ? DtlsSetup.PASSIVE : DtlsSetup.ACTIVE;
        String answer = answer(o, s);
        s.start(o.iceUfrag(), o.icePwd(), o.candidates());
        startedAt = now();
        run(() -> watchdog = executor.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS));
        return answer;
    }

    /**
     * A later offer of the same session: new ICE credentials mean an ICE restart (RFC 8839 section 4.4.1.1.1),
     * answered by a new ICE session whose pair takes over under the running DTLS association once it connects.
     * Same credentials: the same answer again. A changed fingerprint would need a new DTLS association,
     * which we do not do: the peer must make a new connection.
     */
    private String renegotiate(RemoteOffer o) throws SdpException, IOException {
        if (!o.fingerprints().equals(offer.fingerprints())) {
            throw new SdpException(SdpException.Problem.BAD_FINGERPRINT, "fingerprint changed within a session");
        }
        if (closed) {
            throw new IllegalStateException("connection closed");
        }
        IceSession current = restarting != null ? restarting : ice;
        if (o.iceUfrag().equals(offer.iceUfrag()) && o.icePwd().equals(offer.icePwd())) {
            return answer(o, current);
        }
        IceSession s = newIceSession();
        IceSession abandoned = restarting;
        restarting = s;
        offer = o;
        if (abandoned != null) {
            abandoned.close(); // restarted again before the last restart connected
        }
        String answer = answer(o, s);
        s.start(o.iceUfrag(), o.icePwd(), o.candidates());
        return answer;
    }

    private IceSession newIceSession() throws IOException {
        IceEvents events = new IceEvents();
        IceSession s = IceSession.create(config.iceServers(), events);
        events.session = s; // ice4j reports nothing before start(), which comes after this
        return s;
    }

    private String answer(RemoteOffer o, IceSession s) {
        return new Answer(o, sessionId, s.localUfrag(), s.localPassword(), certificate.fingerprint(), ourSetup,
                SCTP_PORT, MAX_MESSAGE_SIZE, s.localCandidates(), false).toSdp();
    }

    /**
     * Adds a trickled remote candidate ({@code candidate:...}, with or without {@code a=}); null or empty
     * means end-of-candidates. mDNS {@code .local} candidates are accepted and skipped: the peer's checks
     * make them peer-reflexive.
     */
    public void addRemoteCandidate(String candidate) throws SdpException {
        IceSession s = restarting != null ? restarting : ice;
        if (s == null) {
            throw new IllegalStateException("set the remote offer first");
        }
        if (candidate == null || candidate.isBlank() || candidate.strip().equals("a=end-of-candidates")) {
            return; // ice4j keeps checking what it has; the connect timeout bounds the wait
        }
        s.addRemoteCandidate(IceCandidate.parse(candidate));
    }

    /** Opens a channel from our side (even stream ids when we are the DTLS client). Needs {@link PeerListener#onConnected}. */
    public Channel createChannel(String label, boolean ordered, SendOptions reliability) {
        java.util.concurrent.CompletableFuture<Channel> f = new java.util.concurrent.CompletableFuture<>();
        run(() -> {
            if (channels == null) {
                f.completeExceptionally(new IllegalStateException("not connected"));
                return;
            }
            DataChannel c = channels.open(now(), label, ordered, reliability, "");
            Channel h = new Channel(this, c);
            handles.put(c.streamId(), h);
            f.complete(h);
            pump();
        });
        return f.join();
    }

    /** Closes everything: SCTP ABORT, DTLS close_notify, ICE sockets. The listener sees onClosed. */
    @Override
    public void close() {
        run(() -> finish("closed locally", true));
    }

    long now() {
        return config.clockMillis().getAsLong();
    }

    void run(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    finish("internal error: " + e, true);
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            // the executor is gone with the connection: nothing left to do
        }
    }

    void send(Channel ch, byte[] data, boolean binary) {
        if (!ch.open || closed) {
            throw new IllegalStateException(ch + " is closed");
        }
        if (data.length > maxMessageSize) {
            throw new IllegalArgumentException(data.length + " bytes exceed max-message-size " + maxMessageSize);
        }
        ch.inHandoff.addAndGet(data.length);
        run(() -> {
            ch.inHandoff.addAndGet(-data.length);
            if (!ch.open || closed || ch.core.state() != DataChannel.State.OPEN) {
                return;
            }
            if (binary) {
                ch.core.send(now(), data);
            } else {
                ch.core.send(now(), new String(data, java.nio.charset.StandardCharsets.UTF_8));
            }
            pump();
        });
    }

    /** ICE events of one ICE session, on ice4j threads: hop to the executor. */
    private final class IceEvents implements IceListener {
        volatile IceSession session;

        @Override
        public void localCandidate(IceCandidate candidate) {
            run(() -> {
                if (!closed && (session == ice || session == restarting)) {
                    listener.onLocalCandidate(candidate.sdpValue());
                }
            });
        }

        @Override
        public void localCandidatesDone() {
            run(() -> {
                if (!closed && (session == ice || session == restarting)) {
                    listener.onLocalCandidatesDone();
                }
            });
        }

        @Override
        public void connected(String pair) {
            run(() -> {
                if (closed) {
                    return;
                }
                if (session == restarting) {
                    takeOver(session, pair);
                } else if (session == ice && reader == null) {
                    listener.onIceConnected(pair);
                    boolean client = ourSetup == DtlsSetup.ACTIVE;
                    path = new PathSwitch(session.path());
                    reader = new Thread(() -> readDtls(client), "peerdesk-dtls");
                    reader.setDaemon(true);
                    reader.start();
                }
            });
        }

        @Override
        public void failed(String reason) {
            run(() -> {
                if (session == ice) {
                    finish(reason, false);
                } else if (session == restarting) {
                    restarting = null; // the restart failed; the old pair, if alive, still carries data
                    session.close();
                }
            });
        }
    }

    /** An ICE restart connected: its pair carries DTLS from now on and the old session goes. */
    private void takeOver(IceSession next, String pair) {
        IceSession old = ice;
        ice = next;
        restarting = null;
        if (path != null) {
            path.switchTo(next.path());
        }
        old.close();
        listener.onIceConnected(pair);
    }

    /** The reader thread: DTLS handshake, then records to the executor until the peer or we close. */
    private void readDtls(boolean client) {
        DtlsLink link;
        try {
            link = DtlsLink.handshake(path, client, certificate, offer.fingerprints(), random);
        } catch (IOException e) {
            run(() -> finish(e.getMessage(), false));
            return;
        }
        dtls = link;
        run(() -> startSctp(client));
        byte[] buf = new byte[DtlsLink.RECEIVE_BUFFER];
        try {
            while (!closed) {
                int n = link.receive(buf, 1000);
                if (n >= 0) {
                    inbox.add(java.util.Arrays.copyOf(buf, n));
                    if (drainQueued.compareAndSet(false, true)) {
                        run(this::drainInbox);
                    }
                } else if (link.closedByPeer()) {
                    run(() -> finish("peer closed DTLS (" + link.closeReason() + ")", false));
                    return;
                }
            }
        } catch (IOException e) {
            run(() -> finish("DTLS: " + e.getMessage(), false));
        }
    }

    private void startSctp(boolean dtlsClient) {
        if (closed) {
            return;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        SctpConfig sc = SctpConfig.builder(random::nextInt, secret).ports(SCTP_PORT, offer.sctpPort())
                .maxMessageSize(MAX_MESSAGE_SIZE).build();
        channels = new DataChannels(new SctpAssociation(sc), dtlsClient);
        channels.connect(now());
        pump();
    }

    private void drainInbox() {
        drainQueued.set(false);
        byte[] p;
        while ((p = inbox.poll()) != null && !closed) {
            try {
                channels.handleInput(now(), p);
            } catch (SctpException e) {
                // the association aborted itself; its Closed event ends the connection in pump()
            }
        }
        pump();
    }

    /** Sends what SCTP has, reports its events, re-arms its timer: after every input to the core. */
    private void pump() {
        if (closed || channels == null) {
            return;
        }
        byte[] p;
        while ((p = channels.pollTransmit()) != null) {
            try {
                dtls.send(p, 0, p.length);
            } catch (IOException e) {
                finish("DTLS send failed: " + e.getMessage(), false);
                return;
            }
        }
        DataChannelEvent e;
        while (!closed && (e = channels.pollEvent()) != null) {
            dispatch(e);
        }
        if (closed) {
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
            timer = executor.schedule(this::onTimer, Math.max(0, at - now()), TimeUnit.MILLISECONDS);
        }
    }

    private void onTimer() {
        timer = null;
        timerAt = Long.MAX_VALUE;
        if (!closed && channels != null) {
            channels.handleTimeout(now());
            pump();
        }
    }

    private void dispatch(DataChannelEvent e) {
        if (e instanceof DataChannelEvent.Connected) {
            connected = true;
            listener.onConnected();
        } else if (e instanceof DataChannelEvent.ChannelOpen o) {
            listener.onChannelOpen(handles.computeIfAbsent(o.channel().streamId(), id -> new Channel(this, o.channel())));
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
            finish("SCTP " + (c.aborted() ? "aborted: " : "shut down: ") + c.reason(), false);
        }
    }

    /** Once a second: the connect deadline and consent freshness (RFC 7675 section 5.1). */
    private void watch() {
        if (closed) {
            return;
        }
        IceSession s = ice;
        long age = s == null ? -1 : s.consentAgeMillis(System.currentTimeMillis());
        if (connected && age > config.consentTimeoutMillis()) {
            finish("path lost: no ICE consent for " + age + " ms", false);
        } else if (!connected && now() - startedAt > config.connectTimeoutMillis()) {
            finish("not connected within " + config.connectTimeoutMillis() + " ms (ICE " + s.selectedPair() + ")", false);
        }
    }

    private void finish(String reason, boolean tellPeer) {
        if (closed) {
            return;
        }
        if (tellPeer && channels != null && dtls != null) {
            channels.association().abort(now());
            byte[] p;
            while ((p = channels.pollTransmit()) != null) {
                try {
                    dtls.send(p, 0, p.length);
                } catch (IOException e) {
                    break;
                }
            }
        }
        closed = true;
        for (Channel h : new ArrayList<>(handles.values())) {
            h.open = false;
            listener.onChannelClosed(h);
        }
        handles.clear();
        if (timer != null) {
            timer.cancel(false);
        }
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        if (dtls != null) {
            dtls.close();
        }
        if (ice != null) {
            ice.close();
        }
        if (restarting != null) {
            restarting.close();
        }
        listener.onClosed(reason);
        if (ownExecutor) {
            executor.shutdown();
        }
    }
}
