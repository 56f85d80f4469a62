package dev.peerdesk.signaling.tunnel;

import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeSealer;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.audit.AuditLog;
import dev.peerdesk.signaling.broker.CloseCodes;
import dev.peerdesk.signaling.broker.Role;
import dev.peerdesk.signaling.broker.TunnelAdmission;
import dev.peerdesk.signaling.metrics.Metrics;
import dev.peerdesk.signaling.ws.BrokerRuntime;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Pairs the host's and the viewer's tunnel sockets of one brokered session and forwards their
 * binary frames to each other, unread: each frame is one channel byte and one session record the
 * data channel would have carried, already sealed end to end (SRP + AES-256-GCM), so the server
 * sees ciphertext and sizes only. Admission is the broker's (single-use tokens issued over the
 * authenticated signaling sockets); this class enforces the shape and rate of frames, the hello
 * and pairing deadlines, pings, and closes both sockets when one closes.
 */
public final class TunnelRelay implements AutoCloseable {
    /**
     * Sees every frame the relay forwards, exactly as forwarded (tests assert it is ciphertext; an
     * operator could capture it and learn sizes and timing only). Runs on the sender's reader.
     */
    public interface Tap {
        void forwarded(String session, Role from, ByteBuffer frame);
    }

    /** Channel ids a frame may carry: control, video, files (protocol SessionChannel ids). */
    static final int MAX_CHANNEL = 2;

    private final BrokerRuntime broker;
    private final TunnelConfig config;
    private final EnvelopeSealer sealer;
    private final Random random;
    private final AuditLog audit;
    private final Metrics metrics;
    private final InstantSource clock;
    private final LongSupplier nanos;
    private final Map<String, TunnelSide> waiting = new HashMap<>();
    private final Set<TunnelSide> open = new LinkedHashSet<>();
    private int pairs;
    private volatile Tap tap = (session, from, frame) -> { };
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "signaling-tunnel-timer");
        t.setDaemon(true);
        return t;
    });

    public TunnelRelay(BrokerRuntime broker, TunnelConfig config, EnvelopeSealer sealer, Random random,
            AuditLog audit, Metrics metrics, InstantSource clock, LongSupplier nanos) {
        this.broker = broker;
        this.config = config;
        this.sealer = sealer;
        this.random = random;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.nanos = nanos;
        if (config.pingMillis() > 0) {
            timer.scheduleWithFixedDelay(this::pingAll, config.pingMillis(), config.pingMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public void tap(Tap t) {
        this.tap = t;
    }

    public TunnelConfig config() {
        return config;
    }

    /** Paired tunnels right now (a gauge). */
    public synchronized int activePairs() {
        return pairs;
    }

    TunnelSide opened(Session ws, String source) {
        TunnelSide s = new TunnelSide(ws, source, config, nanos.getAsLong());
        synchronized (this) {
            open.add(s);
        }
        s.timeout = timer.schedule(() -> expire(s, TunnelSide.State.AWAIT_HELLO, "hello-timeout",
                "no tunnel-hello in time"), config.helloTimeoutMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    void text(TunnelSide s, String text) {
        try {
            if (s.state != TunnelSide.State.AWAIT_HELLO) {
                throw new TunnelRefusal("bad-state", "text after the hello: the tunnel carries binary frames");
            }
            hello(s, TunnelHello.parse(text));
        } catch (TunnelRefusal r) {
            refuse(s, r.code, r.getMessage());
        }
    }

    private void hello(TunnelSide s, TunnelHello h) throws TunnelRefusal {
        TunnelAdmission a = broker.admitTunnel(h.session(), h.role(), h.token());
        if (!a.ok()) {
            audit.write(clock.millis(), "tunnel-refused", s.source, null, a.code() + " " + h.session());
            throw new TunnelRefusal(a.code(), a.message());
        }
        s.timeout.cancel(false);
        TunnelSide other;
        synchronized (this) {
            if (s.state != TunnelSide.State.AWAIT_HELLO) {
                return; // timed out meanwhile: the close is under way
            }
            s.session = h.session();
            s.role = h.role();
            s.hostId = a.hostId();
            other = waiting.remove(h.session());
            if (other == null) {
                s.state = TunnelSide.State.WAITING;
                waiting.put(h.session(), s);
            } else {
                // Tokens are single-use per role, so the waiting side is the other role.
                s.peer = other;
                other.peer = s;
                s.state = TunnelSide.State.PAIRED;
                other.state = TunnelSide.State.PAIRED;
                pairs++;
            }
        }
        audit.write(clock.millis(), "tunnel-admitted", s.source, a.hostId(), s.describe());
        if (other == null) {
            s.timeout = timer.schedule(() -> expire(s, TunnelSide.State.WAITING, "peer-timeout",
                    "the other side did not join the tunnel in time"), config.pairTimeoutMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        other.timeout.cancel(false);
        metrics.tunnelPaired();
        audit.write(clock.millis(), "tunnel-open", s.source, a.hostId(), h.session());
        // The newcomer hears it first: the waiting side may send the moment it hears it, and its
        // frames must reach the newcomer after the newcomer's own tunnel-ready, not before.
        for (TunnelSide side : List.of(s, other)) {
            side.sendText(signed(side, "tunnel-ready", new JsonObject().put("session", h.session())));
        }
    }

    void binary(TunnelSide s, ByteBuffer frame) {
        if (s.state != TunnelSide.State.PAIRED) {
            refuse(s, "not-paired", s.state == TunnelSide.State.AWAIT_HELLO ? "say tunnel-hello first"
                    : "wait for tunnel-ready before sending frames");
            return;
        }
        int n = frame.remaining();
        if (n < 2 || (frame.get(frame.position()) & 0xff) > MAX_CHANNEL) {
            refuse(s, "bad-frame", "a frame is one channel byte (0-2) and a non-empty message");
            return;
        }
        long now = nanos.getAsLong();
        long wait = Math.max(s.bytes.take(n, now), s.frames.take(1, now));
        if (wait > TimeUnit.MILLISECONDS.toNanos(config.maxThrottleMillis())) {
            refuse(s, "rate-limited", "this tunnel sends far beyond its rate");
            return;
        }
        if (wait > 0) {
            // Not reading this socket meanwhile pushes back on the sender through TCP.
            LockSupport.parkNanos(wait);
        }
        s.bytesIn += n;
        s.framesIn++;
        TunnelSide to = s.peer;
        tap.forwarded(s.session, s.role, frame.asReadOnlyBuffer());
        if (!to.sendBinary(frame)) {
            s.close(CloseCodes.GOING_AWAY, "peer gone");
            return;
        }
        metrics.tunnelBytes(n);
    }

    void closed(TunnelSide s, int code) {
        TunnelSide peer;
        boolean wasPaired;
        synchronized (this) {
            if (!open.remove(s)) {
                return;
            }
            wasPaired = s.state == TunnelSide.State.PAIRED;
            if (s.state == TunnelSide.State.WAITING && waiting.get(s.session) == s) {
                waiting.remove(s.session);
            }
            s.state = TunnelSide.State.CLOSED;
            peer = s.peer;
            if (wasPaired && peer.state == TunnelSide.State.PAIRED) {
                pairs--;
            }
        }
        if (s.timeout != null) {
            s.timeout.cancel(false);
        }
        if (code == CloseCodes.MESSAGE_TOO_BIG) {
            metrics.refused("tunnel-message-too-big");
            audit.write(clock.millis(), "tunnel-refused", s.source, s.hostId, "message-too-big " + s.describe());
        }
        if (s.role != null) {
            audit.write(clock.millis(), "tunnel-closed", s.source, s.hostId, s.describe() + " code=" + code
                    + " framesIn=" + s.framesIn + " bytesIn=" + s.bytesIn);
        }
        if (wasPaired && peer != null) {
            peer.close(code == CloseCodes.NORMAL ? CloseCodes.NORMAL : CloseCodes.GOING_AWAY, "peer closed");
        }
    }

    private void expire(TunnelSide s, TunnelSide.State in, String code, String message) {
        if (s.state == in) {
            refuse(s, code, message);
        }
    }

    private void refuse(TunnelSide s, String code, String message) {
        metrics.refused("tunnel-" + code);
        s.sendText(signed(s, "error", new JsonObject().put("code", code).put("message", message)));
        s.close(CloseCodes.POLICY_VIOLATION, code);
    }

    private String signed(TunnelSide s, String kind, JsonObject body) {
        byte[] nonce = new byte[Envelope.NONCE_LENGTH];
        synchronized (random) {
            random.nextBytes(nonce);
        }
        metrics.envelopeSigned();
        return sealer.seal(kind, s.audience(), body, clock.millis(), nonce).toJson();
    }

    private void pingAll() {
        List<TunnelSide> all;
        synchronized (this) {
            all = List.copyOf(open);
        }
        for (TunnelSide s : all) {
            s.ping();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
