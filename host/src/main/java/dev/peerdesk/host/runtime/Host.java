package dev.peerdesk.host.runtime;

import dev.peerdesk.crypto.Ed25519;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.auth.FileVerifierStore;
import dev.peerdesk.host.auth.GateStore;
import dev.peerdesk.host.auth.OneTimePasswords;
import dev.peerdesk.host.auth.PasswordPolicy;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.signal.Backoff;
import dev.peerdesk.crypto.Ed25519;
import dev.peerdesk.host.signal.HostIdentity;
import dev.peerdesk.host.signal.MasterKeyPin;
import dev.peerdesk.host.signal.ServerTrust;
import dev.peerdesk.host.signal.SignalCore;
import dev.peerdesk.host.signal.SignalEvent;
import dev.peerdesk.host.signal.SignalingClient;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;

/**
 * One running host: its identity, the pinned master key, the password policy and the signaling
 * connection, wired to the session manager. {@link #start} returns at once; {@link #online()}
 * completes with the ID when the server first accepts us.
 */
public final class Host implements AutoCloseable {
    /** Envelope freshness: the server's clock may be this far behind or ahead of ours. */
    static final long MAX_AGE_MILLIS = 120_000;
    static final long MAX_SKEW_MILLIS = 60_000;

    private final HostConfig config;
    private final PrintStream out;
    private final CompletableFuture<String> online = new CompletableFuture<>();
    private final HostIdentity identity;
    private final SignalingClient client;
    private final Sessions sessions;

    private Host(HostConfig config, HostIdentity identity, SignalingClient client, Sessions sessions, PrintStream out) {
        this.config = config;
        this.identity = identity;
        this.client = client;
        this.sessions = sessions;
        this.out = out;
    }

    /** Pins the master key, loads the identity and connects; throws if the key cannot be trusted. */
    public static Host start(HostConfig c, DataDir dir, AuditLog audit, PrintStream out, SecureRandom random)
            throws IOException, MasterKeyPin.PinException, GeneralSecurityException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .sslContext(ServerTrust.context(() -> out.println("NOTICE: the signaling server's TLS certificate "
                        + "is not trusted by this system (self-signed?). Connecting anyway: every server message is "
                        + "verified against the pinned master key instead.")))
                .build();
        MasterKeyPin.Decision pin = MasterKeyPin.decide(dir, c.serverKeyHex(), () -> KeyFetch.fetch(http, c.server()));
        if (pin.firstUse() && !pin.pinnedByOption()) {
            out.println("""
                    ************************************************************************
                    WARNING: trusting the signaling server's master key on first use:
                        %s
                    Compare it with the fingerprint the server operator publishes (the server
                    prints it at start). It is now pinned in %s;
                    a different key later is refused. Use --server-key to pin it up front.
                    ************************************************************************"""
                    .formatted(MasterKeyPin.fingerprint(pin.key()), dir.root()));
        }
        HostIdentity identity = HostIdentity.load(dir, c.hardwareFingerprint(), random);
        EnvelopeVerifier verifier = new EnvelopeVerifier(Ed25519.VERIFIER, pin.key(), MAX_AGE_MILLIS,
                MAX_SKEW_MILLIS, 10_000);
        SignalCore core = new SignalCore(identity, verifier);
        PasswordPolicy policy = new PasswordPolicy(new OneTimePasswords(random), new SrpVerifiers(random),
                new FileVerifierStore(dir).load(), new GateStore(dir).load(System.currentTimeMillis()));
        Host[] self = new Host[1];
        SignalingClient client = new SignalingClient(c.server(), http, core, InstantSource.system(),
                new Backoff(500, 30_000, random), ev -> self[0].onEvent(ev), out);
        // Its own verifier: tunnel texts arrive on other threads than the signaling core's.
        TunnelDialer tunnels = new TunnelDialer(http, c.server(), new EnvelopeVerifier(Ed25519.VERIFIER, pin.key(),
                MAX_AGE_MILLIS, MAX_SKEW_MILLIS, 10_000));
        Sessions sessions = new Sessions(c, dir, audit, policy, identity, client, tunnels, out, random);
        self[0] = new Host(c, identity, client, sessions, out);
        client.start();
        return self[0];
    }

    private void onEvent(SignalEvent ev) {
        if (ev instanceof SignalEvent.Online o) {
            if (!online.isDone()) {
                out.println((o.enrolled() ? "Enrolled. " : "") + "PeerDesk ID: " + o.id());
                sessions.printPassword();
                online.complete(o.id());
            } else {
                out.println("signaling: back online as " + o.id());
            }
            return;
        }
        sessions.onSignal(ev);
    }

    /** Completes with the ID once the server accepted this host. */
    public CompletableFuture<String> online() {
        return online;
    }

    public String id() {
        return identity.id();
    }

    public Sessions sessions() {
        return sessions;
    }

    public boolean refusedForGood() {
        return client.stoppedForGood();
    }

    public HostConfig config() {
        return config;
    }

    @Override
    public void close() {
        sessions.close();
        client.close();
    }
}
