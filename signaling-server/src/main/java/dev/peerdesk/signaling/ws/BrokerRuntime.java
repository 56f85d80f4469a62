package dev.peerdesk.signaling.ws;

import dev.peerdesk.signaling.audit.AuditLog;
import dev.peerdesk.signaling.broker.Action;
import dev.peerdesk.signaling.broker.Broker;
import dev.peerdesk.signaling.broker.Role;
import dev.peerdesk.signaling.broker.TunnelAdmission;
import jakarta.websocket.Session;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The thin layer between Jetty's WebSocket sessions and the sans-IO {@link Broker}: it numbers
 * connections, feeds the broker under one lock with the injected clock's time, and carries out the
 * returned actions. Sends only enqueue under the lock; the bytes go out on Jetty's threads.
 */
public final class BrokerRuntime {
    private final Broker broker;
    private final InstantSource clock;
    private final AuditLog audit;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Outlet> outlets = new ConcurrentHashMap<>();

    public BrokerRuntime(Broker broker, InstantSource clock, AuditLog audit) {
        this.broker = broker;
        this.clock = clock;
        this.audit = audit;
    }

    long opened(Session session, Role role, String source) {
        long id = ids.incrementAndGet();
        outlets.put(id, new Outlet(session));
        run(() -> broker.opened(id, role, source, clock.millis()));
        return id;
    }

    void received(long id, String text) {
        run(() -> broker.received(id, text, clock.millis()));
    }

    void receivedBinary(long id) {
        run(() -> broker.receivedBinary(id, clock.millis()));
    }

    void closed(long id) {
        run(() -> broker.closed(id, clock.millis()));
        outlets.remove(id);
    }

    /** Expiry and hello timeouts; the server calls it every second, tests after moving the clock. */
    public void tick() {
        run(() -> broker.tick(clock.millis()));
    }

    /** Spends a tunnel token (see {@link Broker#admitTunnel}); the verdict is the caller's to audit. */
    public TunnelAdmission admitTunnel(String session, Role role, String token) {
        synchronized (broker) {
            return broker.admitTunnel(session, role, token, clock.millis());
        }
    }

    /** Reads broker state consistently (for gauges). */
    public <T> T inspect(Supplier<T> read) {
        synchronized (broker) {
            return read.get();
        }
    }

    private void run(Supplier<List<Action>> step) {
        synchronized (broker) {
            // Executed under the lock so the frames of two steps reach one connection in step order.
            for (Action a : step.get()) {
                if (a instanceof Action.Send s) {
                    Outlet o = outlets.get(s.conn());
                    if (o != null) {
                        o.send(s.text());
                    }
                } else if (a instanceof Action.Close c) {
                    Outlet o = outlets.get(c.conn());
                    if (o != null) {
                        o.close(c.code(), c.reason());
                    }
                } else if (a instanceof Action.Audit au) {
                    audit.write(clock.millis(), au.event(), au.source(), au.id(), au.detail());
                }
            }
        }
    }
}
