package dev.peerdesk.transport;

import dev.peerdesk.transport.dtls.DtlsCertificate;
import dev.peerdesk.transport.dtls.DtlsLink;
import dev.peerdesk.transport.ice.IceSession;
import dev.peerdesk.transport.sctp.SctpConfig;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A WebRTC data-channel peer connection for the JVM, in the answerer role a host plays to a browser:
 * {@link #setRemoteOffer} returns the answer, candidates trickle both ways ({@link #addRemoteCandidate},
 * {@link PeerListener#onLocalCandidate}), channels open from either side. ICE is ice4j, DTLS 1.2 is Bouncy
 * Castle, SCTP and DCEP are our sans-IO cores, driven by {@link SctpDriver}.
 *
 * <p>Threads: one executor drives SCTP and calls the {@link PeerListener}; one reader thread runs the
 * blocking DTLS handshake and receive loop; ice4j has its own. Public methods may be called from any
 * thread, listener callbacks included.
 */
public final class PeerConnection implements AutoCloseable {
    static final int SCTP_PORT = SctpConfig.DEFAULT_PORT;
    static final int MAX_MESSAGE_SIZE = SctpConfig.DEFAULT_MAX_MESSAGE_SIZE;
    /** True on the executor while it runs one of our tasks, so calls from listener callbacks do not wait on it. */
    private static final ThreadLocal<PeerConnection> ON_EXECUTOR = new ThreadLocal<>();

    final PeerConnectionConfig config;
    final PeerListener listener;
    private final ScheduledExecutorService executor;
    private final boolean ownExecutor;
    final SecureRandom random = new SecureRandom();
    final DtlsCertificate certificate;
    final IceSessions ice;
    volatile RemoteOffer offer;
    volatile long maxMessageSize = MAX_MESSAGE_SIZE;
    DtlsSetup ourSetup;
    private volatile DtlsLink dtls;
    private volatile SctpDriver driver;
    private volatile boolean closed;
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
        this.ice = new IceSessions(this);
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
     * Takes the peer's offer and returns our answer. The first offer binds host candidates and starts ICE;
     * the DTLS role for an actpass offer is a=setup:active, so we send the ClientHello as soon as ICE connects
     * instead of waiting a round trip for one (RFC 8842 section 5.3 allows either; browsers answer the same).
     * A later offer with new ICE credentials is an ICE restart ({@link IceSessions#restart}).
     *
     * @throws SdpException the offer is not a data channel offer we accept
     * @throws IOException  no local socket could be bound
     */
    public synchronized String setRemoteOffer(String sdp) throws SdpException, IOException {
        RemoteOffer o = OfferParser.parse(sdp);
        if (closed) {
            throw new IllegalStateException("connection closed");
        }
        if (offer != null) {
            if (!o.fingerprints().equals(offer.fingerprints())) {
                throw new SdpException(SdpException.Problem.BAD_FINGERPRINT, "fingerprint changed within a session");
            }
            boolean restart = !o.iceUfrag().equals(offer.iceUfrag()) || !o.icePwd().equals(offer.icePwd());
            offer = o;
            return answer(o, restart ? ice.restart(o) : ice.current());
        }
        offer = o;
        maxMessageSize = o.maxMessageSize() == 0 ? MAX_MESSAGE_SIZE : Math.min(MAX_MESSAGE_SIZE, o.maxMessageSize());
        ourSetup = o.setup() == DtlsSetup.ACTIVE ? DtlsSetup.PASSIVE : DtlsSetup.ACTIVE;
        String answer = answer(o, ice.first(o));
        startedAt = now();
        run(() -> watchdog = executor.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS));
        return answer;
    }

    private String answer(RemoteOffer o, IceSession s) {
        return new Answer(o, ice.sessionId, s.localUfrag(), s.localPassword(), certificate.fingerprint(), ourSetup,
                SCTP_PORT, MAX_MESSAGE_SIZE, s.localCandidates(), false).toSdp();
    }

    /**
     * Adds a trickled remote candidate ({@code candidate:...}, with or without {@code a=}); null, empty or
     * {@code a=end-of-candidates} marks the end. mDNS {@code .local} candidates are accepted and skipped:
     * the peer's checks make them peer-reflexive.
     */
    public void addRemoteCandidate(String candidate) throws SdpException {
        if (offer == null) {
            throw new IllegalStateException("set the remote offer first");
        }
        if (candidate == null || candidate.isBlank() || candidate.strip().equals("a=end-of-candidates")) {
            return; // ice4j keeps checking what it has; the connect timeout bounds the wait
        }
        ice.current().addRemoteCandidate(IceCandidate.parse(candidate));
    }

    /** Opens a channel from our side (even stream ids when we are the DTLS client), after onConnected. */
    public Channel createChannel(String label, boolean ordered, SendOptions reliability) {
        CompletableFuture<Channel> f = new CompletableFuture<>();
        run(() -> {
            SctpDriver d = driver;
            if (d == null || closed) {
                f.completeExceptionally(new IllegalStateException("not connected"));
            } else {
                f.complete(d.open(label, ordered, reliability));
            }
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

    /** Runs {@code task} on the executor: now if already there (a listener callback), else queued in order. */
    void run(Runnable task) {
        if (ON_EXECUTOR.get() == this) {
            task.run();
            return;
        }
        try {
            executor.execute(() -> {
                ON_EXECUTOR.set(this);
                try {
                    task.run();
                } catch (RuntimeException e) {
                    finish("internal error: " + e, true);
                    throw e;
                } finally {
                    ON_EXECUTOR.remove();
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
            SctpDriver d = driver;
            if (d != null && !closed) {
                d.send(ch, data, binary);
            }
        });
    }

    void closeChannel(Channel ch) {
        run(() -> {
            SctpDriver d = driver;
            if (d != null && !closed) {
                d.close(ch);
            }
        });
    }

    boolean isClosed() {
        return closed;
    }

    /** ICE selected the first pair: start DTLS on it, in the role the answer announced. */
    void iceConnected(String pair) {
        listener.onIceConnected(pair);
        if (reader != null) {
            return;
        }
        boolean client = ourSetup == DtlsSetup.ACTIVE;
        reader = new Thread(() -> readDtls(client), "peerdesk-dtls");
        reader.setDaemon(true);
        reader.start();
    }

    /** The reader thread: DTLS handshake, then records to the driver until the peer or we close. */
    private void readDtls(boolean client) {
        DtlsLink link;
        try {
            link = DtlsLink.handshake(ice.path(), client, certificate, offer.fingerprints(), random);
        } catch (IOException e) {
            run(() -> finish(e.getMessage(), false));
            return;
        }
        dtls = link;
        SctpDriver d = new SctpDriver(this, listener, executor, link, client, SCTP_PORT, offer.sctpPort(),
                MAX_MESSAGE_SIZE, random);
        run(() -> {
            if (!closed) {
                driver = d;
                d.start();
            }
        });
        byte[] buf = new byte[DtlsLink.RECEIVE_BUFFER];
        try {
            while (!closed) {
                int n = link.receive(buf, 1000);
                if (n >= 0) {
                    d.received(java.util.Arrays.copyOf(buf, n));
                } else if (link.closedByPeer()) {
                    run(() -> finish("peer closed DTLS (" + link.closeReason() + ")", false));
                    return;
                }
            }
        } catch (IOException e) {
            run(() -> finish("DTLS: " + e.getMessage(), false));
        }
    }

    void sctpConnected() {
        connected = true;
    }

    /** Once a second: the connect deadline and consent freshness (RFC 7675 section 5.1). */
    private void watch() {
        if (closed) {
            return;
        }
        long age = ice.consentAgeMillis(System.currentTimeMillis());
        if (connected && age > config.consentTimeoutMillis()) {
            finish("path lost: no ICE consent for " + age + " ms", false);
        } else if (!connected && now() - startedAt > config.connectTimeoutMillis()) {
            finish("not connected within " + config.connectTimeoutMillis() + " ms (ICE " + ice.selectedPair() + ")",
                    false);
        }
    }

    /** Ends the connection once; on the executor. {@code tellPeer}: send SCTP ABORT first. */
    void finish(String reason, boolean tellPeer) {
        if (closed) {
            return;
        }
        closed = true;
        SctpDriver d = driver;
        if (d != null) {
            d.end(tellPeer);
        }
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        if (dtls != null) {
            dtls.close();
        }
        ice.close();
        listener.onClosed(reason);
        if (ownExecutor) {
            executor.shutdown();
        }
    }
}
