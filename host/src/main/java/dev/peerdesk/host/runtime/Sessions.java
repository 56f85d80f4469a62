package dev.peerdesk.host.runtime;

import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.auth.FileVerifierStore;
import dev.peerdesk.host.auth.GateStore;
import dev.peerdesk.host.auth.PasswordPolicy;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.session.SessionRegistry;
import dev.peerdesk.host.signal.HostIdentity;
import dev.peerdesk.host.signal.SignalEvent;
import dev.peerdesk.host.signal.SignalingClient;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The host's sessions, driven by signaling events: a connect request makes a {@link PeerSession},
 * the viewer's offer and candidates go to it, its answer and candidates go back through the
 * server, and every session's SRP outcome and end are reported. Connect requests beyond a small
 * margin over {@code --max-sessions} are rejected at once (each costs sockets); the rest get a
 * typed HOST_BUSY on their control channel from the session registry.
 */
public final class Sessions {
    /** Requests in handshake beyond the session limit before new ones are turned away unseen. */
    static final int PENDING_MARGIN = 4;
    /** From the connect request to an established session: ICE, DTLS, SCTP and SRP together. */
    static final long HANDSHAKE_DEADLINE_MILLIS = 45_000;

    private final HostConfig config;
    private final PasswordPolicy policy;
    private final SignalingClient client;
    private final TunnelDialer tunnels;
    private final PrintStream out;
    private final SessionContext ctx;
    private final Map<String, PeerSession> live = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "peerdesk-session-timer");
        t.setDaemon(true);
        return t;
    });

    Sessions(HostConfig config, DataDir dir, AuditLog audit, PasswordPolicy policy, HostIdentity identity,
            SignalingClient client, TunnelDialer tunnels, PrintStream out, SecureRandom random) {
        this.config = config;
        this.tunnels = tunnels;
        this.policy = policy;
        this.client = client;
        this.out = out;
        GateStore gates = new GateStore(dir);
        FileVerifierStore verifiers = new FileVerifierStore(dir);
        SessionRegistry registry = new SessionRegistry(config.maxSessions(), config.permissions(), policy, audit, p -> {
            try {
                gates.save(p.gate());
            } catch (IOException e) {
                out.println("WARNING: cannot save the brute-force gate: " + e.getMessage());
            }
        });
        SessionContext.Reporter reporter = new SessionContext.Reporter() {
            @Override
            public void authResult(String session, boolean ok) {
                client.withCore(c -> c.authResult(session, ok));
            }

            @Override
            public void bye(String session, String reason) {
                forget(session);
                client.withCore(c -> c.bye(session, reason));
            }
        };
        this.ctx = new SessionContext(this, registry, policy::oneTimePassword, () -> {
            try {
                return verifiers.load();
            } catch (IOException e) {
                out.println("WARNING: cannot read the permanent password verifier: " + e.getMessage());
                return Optional.empty();
            }
        }, null, identity.key().publicKey(), config.permissions(), config.screen(), reporter,
                System::currentTimeMillis, random, out);
        this.identity = identity;
    }

    private final HostIdentity identity;

    /** Prints the current one-time password. */
    synchronized void printPassword() {
        out.println("One-time password: " + policy.oneTimePassword());
    }

    /** The current one-time password, for tests and for a future tray UI. */
    public synchronized String oneTimePassword() {
        return policy.oneTimePassword();
    }

    /** Sessions with a live transport (in handshake or established). */
    public synchronized int live() {
        return live.size();
    }

    void onSignal(SignalEvent ev) {
        if (ev instanceof SignalEvent.ConnectRequest r) {
            connect(r);
        } else if (ev instanceof SignalEvent.FromViewer v) {
            PeerSession s = find(v.session());
            if (s != null) {
                s.fromViewer(v.message());
            }
        } else if (ev instanceof SignalEvent.TunnelGrant t) {
            PeerSession s = find(t.session());
            if (s != null) {
                s.tunnel(t, tunnels, identity.id());
            }
        } else if (ev instanceof SignalEvent.ServerError e) {
            PeerSession s = e.session() == null ? null : find(e.session());
            if (s != null && !s.session().established()) {
                s.session().closed("server: " + e.code());
            } else if (!"unknown-session".equals(e.code())) {
                out.println("signaling: server says " + e.code() + ": " + e.message());
            }
        }
    }

    private void connect(SignalEvent.ConnectRequest r) {
        synchronized (this) {
            if (live.size() >= config.maxSessions() + PENDING_MARGIN || live.containsKey(r.session())) {
                client.withCore(c -> c.reject(r.session(), "host-busy"));
                return;
            }
        }
        SessionContext c = withHostId(identity.id());
        PeerSession s = new PeerSession(r.session(), r.viewerAddress(), r.iceServers(), c, new PeerSession.Signal() {
            @Override
            public void answer(String session, String sdp) {
                client.withCore(core -> core.answer(session, sdp));
            }

            @Override
            public void candidate(String session, String candidate, String mid, Integer index) {
                client.withCore(core -> core.candidate(session, candidate, mid, index));
            }
        });
        synchronized (this) {
            live.put(r.session(), s);
        }
        timer.schedule(s.session()::handshakeDeadline, HANDSHAKE_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private SessionContext withHostId(String hostId) {
        return new SessionContext(ctx.lock(), ctx.registry(), ctx.oneTimePassword(), ctx.permanent(), hostId,
                ctx.hostKey(), ctx.permissions(), ctx.screen(), ctx.reporter(), ctx.clock(), ctx.random(), ctx.out());
    }

    private synchronized PeerSession find(String session) {
        return live.get(session);
    }

    private synchronized void forget(String session) {
        live.remove(session);
        notifyAll();
    }

    /** Ends every session (typed close to each viewer), waiting a bounded time for them to leave. */
    void close() {
        for (PeerSession s : snapshot()) {
            s.session().closed("host stopping");
        }
        long end = System.nanoTime() + PeerSession.DRAIN_NANOS + 500_000_000L;
        synchronized (this) {
            while (!live.isEmpty() && System.nanoTime() < end) {
                try {
                    wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        timer.shutdownNow();
    }

    private synchronized ArrayList<PeerSession> snapshot() {
        return new ArrayList<>(live.values());
    }
}
