package dev.peerdesk.signaling.broker;

import dev.peerdesk.protocol.backoff.BruteForceGate;
import dev.peerdesk.protocol.envelope.EnvelopeSealer;
import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.envelope.SignatureVerifier;
import dev.peerdesk.signaling.filter.FailureLimiter;
import dev.peerdesk.signaling.filter.TokenBucket;
import dev.peerdesk.signaling.metrics.Metrics;
import dev.peerdesk.signaling.store.HostRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The signaling session state machine, sans-IO: fed connection events and messages with the
 * current time, it answers with {@link Action}s (frames to send, closes, audit lines). Jetty, the
 * clock and the sockets live outside. Not thread-safe: the runtime calls it under one lock.
 *
 * <p>The message set is documented in {@code docs/signaling.md}.
 */
public final class Broker {
    final BrokerConfig config;
    final HostRegistry registry;
    final SignatureVerifier signatures;
    final Random random;
    final Metrics metrics;
    final Outbox out;

    final Map<Long, Conn> conns = new HashMap<>();
    /** Hosts that connected but have not said hello, oldest first (for the hello timeout). */
    final LinkedHashMap<Long, Conn> awaitingHello = new LinkedHashMap<>();
    /** Authenticated host ID to its current connection. */
    final Map<String, Conn> online = new HashMap<>();
    final Map<String, Session> sessions = new HashMap<>();
    /** The server's mirror of each host's brute-force gate, fed by signed auth reports. */
    final Map<String, BruteForceGate> gates = new HashMap<>();
    final FailureLimiter sourceFailures;
    int viewers;

    private final HostHello hello;
    private final Brokering brokering;
    private final TunnelGrant tunnels;

    public Broker(BrokerConfig config, HostRegistry registry, EnvelopeSealer sealer, SignatureVerifier signatures,
            Random random, Metrics metrics) {
        this.config = config;
        this.registry = registry;
        this.signatures = signatures;
        this.random = random;
        this.metrics = metrics;
        this.out = new Outbox(sealer, random, metrics);
        this.sourceFailures = new FailureLimiter(config.sourceFailureLimit(), config.sourceFailureWindowMillis());
        this.hello = new HostHello(this);
        this.brokering = new Brokering(this);
        this.tunnels = new TunnelGrant(this);
    }

    /** A WebSocket opened; hosts get their challenge at once. */
    public List<Action> opened(long connId, Role role, String source, long now) {
        out.now = now;
        Conn c = new Conn(connId, role, source, now,
                new TokenBucket(config.messageBurst(), config.messagesPerSecond(), now));
        conns.put(connId, c);
        if (role == Role.HOST) {
            hello.challenge(c);
            awaitingHello.put(connId, c);
        } else {
            viewers++;
        }
        return out.drain();
    }

    /** A text frame arrived. */
    public List<Action> received(long connId, String text, long now) {
        out.now = now;
        Conn c = conns.get(connId);
        if (c == null || c.closing) {
            return List.of();
        }
        if (!c.messages.tryTake(now)) {
            refuse(c, new Refused("rate-limited", "too many messages", true));
            return out.drain();
        }
        try {
            JsonObject m;
            try {
                m = Json.parseObject(text);
            } catch (JsonException e) {
                throw new Refused("malformed", "not a JSON object: " + e.getMessage(), true);
            }
            dispatch(c, m);
        } catch (Refused r) {
            refuse(c, r);
        } catch (JsonException e) {
            refuse(c, new Refused("malformed", e.getMessage(), true));
        }
        return out.drain();
    }

    /** A binary frame arrived: the protocol is text only. */
    public List<Action> receivedBinary(long connId, long now) {
        out.now = now;
        Conn c = conns.get(connId);
        if (c != null && !c.closing) {
            c.closing = true;
            out.error(c.id, c.audience(), "malformed", "binary frames are not part of the protocol", null, 0);
            out.close(c.id, CloseCodes.UNSUPPORTED_DATA, "text frames only");
        }
        return out.drain();
    }

    private void dispatch(Conn c, JsonObject m) throws Refused, JsonException {
        String type = m.string("type");
        if (c.role == Role.HOST) {
            if ("hello".equals(type)) {
                hello.hello(c, m);
                return;
            }
            if (c.hostId == null) {
                throw new Refused("bad-state", "say hello first", true);
            }
            switch (type) {
                case "answer", "candidate", "reject", "bye" -> brokering.fromHost(c, type, m);
                case "auth-result" -> brokering.authResult(c, m);
                default -> throw new Refused("unknown-type", "unknown message type", false);
            }
        } else {
            switch (type) {
                case "connect" -> brokering.connect(c, m);
                case "offer", "candidate", "bye" -> brokering.fromViewer(c, type, m);
                case "tunnel" -> tunnels.request(c, m);
                default -> throw new Refused("unknown-type", "unknown message type", false);
            }
        }
    }

    void refuse(Conn c, Refused r) {
        String aud = r.session != null && c.role == Role.VIEWER ? Session.viewerAudience(r.session) : c.audience();
        out.error(c.id, aud, r.code, r.getMessage(), r.session, r.retryAt);
        if (r.fatal) {
            c.closing = true;
            out.close(c.id, CloseCodes.POLICY_VIOLATION, r.code);
        }
    }

    /**
     * A socket on {@code /ws/tunnel} presented {@code token} for {@code role} in session
     * {@code session}: spends the token or says why it is refused. The runtime audits the verdict.
     */
    public TunnelAdmission admitTunnel(String session, Role role, String token, long now) {
        return tunnels.admit(session, role, token, now);
    }

    /** The WebSocket closed (either side, any reason). */
    public List<Action> closed(long connId, long now) {
        out.now = now;
        Conn c = conns.remove(connId);
        if (c == null) {
            return List.of();
        }
        awaitingHello.remove(connId);
        if (c.role == Role.HOST) {
            if (c.hostId != null && online.get(c.hostId) == c) {
                online.remove(c.hostId);
                brokering.hostGone(c.hostId);
                out.audit("host-offline", c.source, c.hostId, null);
            }
        } else {
            viewers--;
            for (String s : new ArrayList<>(c.sessions)) {
                brokering.viewerGone(sessions.get(s));
            }
        }
        return out.drain();
    }

    /** Periodic work: expired requests and sessions, hello timeouts. Call about once a second. */
    public List<Action> tick(long now) {
        out.now = now;
        for (var it = awaitingHello.values().iterator(); it.hasNext(); ) {
            Conn c = it.next();
            if (c.openedAt + config.helloTimeoutMillis() > now) {
                break;
            }
            it.remove();
            c.challenge = null;
            refuse(c, new Refused("hello-timeout", "no hello in time", true));
        }
        brokering.expire(now);
        sourceFailures.sweep(now);
        return out.drain();
    }

    public int hostsOnline() {
        return online.size();
    }

    public int viewersConnected() {
        return viewers;
    }

    public int activeSessions() {
        return sessions.size();
    }
}
