package dev.peerdesk.relay.core;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Relayed ports held for a later Allocate (RESERVATION-TOKEN, RFC 8656 section 7.2): 30 seconds,
 * then the port is closed.
 */
final class Reservations {
    static final long HOLD = 30_000;

    private record Held(InetSocketAddress relayed, long expiresAt) {
    }

    private final Map<Long, Held> held = new HashMap<>();
    private final SplittableRandom random;
    private final RelayPorts ports;

    Reservations(RelayPorts ports, long seed) {
        this.ports = ports;
        this.random = new SplittableRandom(seed);
    }

    byte[] hold(InetSocketAddress relayed, long now) {
        long token = random.nextLong();
        held.put(token, new Held(relayed, now + HOLD));
        return ByteBuffer.allocate(8).putLong(token).array();
    }

    /** The reserved address for this token, or null when unknown or expired. */
    InetSocketAddress take(byte[] token, long now) {
        Held h = held.remove(ByteBuffer.wrap(token).getLong());
        if (h == null) {
            return null;
        }
        if (h.expiresAt <= now) {
            ports.close(h.relayed);
            return null;
        }
        return h.relayed;
    }

    /** Closes expired reservations; returns the next expiry or Long.MAX_VALUE. */
    long sweep(long now) {
        long next = Long.MAX_VALUE;
        for (Iterator<Held> it = held.values().iterator(); it.hasNext();) {
            Held h = it.next();
            if (h.expiresAt <= now) {
                it.remove();
                ports.close(h.relayed);
            } else {
                next = Math.min(next, h.expiresAt);
            }
        }
        return next;
    }
}
