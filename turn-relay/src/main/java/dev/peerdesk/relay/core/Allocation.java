package dev.peerdesk.relay.core;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One allocation (RFC 8656 section 2.2): its relayed address, owner, lifetime, permissions (per
 * peer IP) and channel bindings (per peer transport address).
 */
final class Allocation {
    /** RFC 8656 section 12: an expired channel number stays reserved for its peer five minutes. */
    static final long CHANNEL_QUARANTINE = 300_000;
    /** Bounds on what one client can make the server hold or scan (508 beyond). */
    static final int MAX_CHANNELS = 64;
    static final int MAX_PERMISSIONS = 256;

    /** A channel binding; usable until {@code expiresAt}, reserved until quarantine ends. */
    static final class Channel {
        final int number;
        final InetSocketAddress peer;
        long expiresAt;

        Channel(int number, InetSocketAddress peer, long expiresAt) {
            this.number = number;
            this.peer = peer;
            this.expiresAt = expiresAt;
        }
    }

    final FiveTuple client;
    final InetSocketAddress relayed;
    final String username;
    final byte[] allocateTransactionId;
    byte[] allocateResponse; // resent for a retransmitted Allocate (RFC 8656 section 7.2)
    long expiresAt;
    final RateLimiter limiter;
    private final Map<InetAddress, Long> permissions = new HashMap<>();
    // Few channels per allocation: a scanned array keeps the per-packet lookup free of boxing.
    private Channel[] byNumber = new Channel[0];
    private final Map<InetSocketAddress, Channel> byPeer = new HashMap<>();

    Allocation(FiveTuple client, InetSocketAddress relayed, String username, byte[] allocateTransactionId,
            long expiresAt, RateLimiter limiter) {
        this.client = client;
        this.relayed = relayed;
        this.username = username;
        this.allocateTransactionId = allocateTransactionId;
        this.expiresAt = expiresAt;
        this.limiter = limiter;
    }

    boolean permitted(InetAddress peer, long now) {
        Long until = permissions.get(peer);
        return until != null && until > now;
    }

    boolean canPermit(InetAddress peer) {
        return permissions.size() < MAX_PERMISSIONS || permissions.containsKey(peer);
    }

    int channelCount() {
        return byNumber.length;
    }

    void permit(InetAddress peer, long until) {
        permissions.put(peer, until);
    }

    Channel channel(int number) {
        for (Channel c : byNumber) {
            if (c.number == number) {
                return c;
            }
        }
        return null;
    }

    Channel channelFor(InetSocketAddress peer) {
        return byPeer.get(peer);
    }

    void bind(Channel c) {
        byNumber = java.util.Arrays.copyOf(byNumber, byNumber.length + 1);
        byNumber[byNumber.length - 1] = c;
        byPeer.put(c.peer, c);
    }

    /** Drops expired permissions and channels past quarantine; returns the next deadline. */
    long sweep(long now) {
        long next = expiresAt;
        for (Iterator<Long> it = permissions.values().iterator(); it.hasNext();) {
            long until = it.next();
            if (until <= now) {
                it.remove();
            } else {
                next = Math.min(next, until);
            }
        }
        int kept = 0;
        for (Channel c : byNumber) {
            long release = c.expiresAt + CHANNEL_QUARANTINE;
            if (release <= now) {
                byPeer.remove(c.peer);
            } else {
                byNumber[kept++] = c;
                next = Math.min(next, c.expiresAt > now ? c.expiresAt : release);
            }
        }
        if (kept < byNumber.length) {
            byNumber = java.util.Arrays.copyOf(byNumber, kept);
        }
        return next;
    }
}
