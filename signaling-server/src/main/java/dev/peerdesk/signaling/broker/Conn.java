package dev.peerdesk.signaling.broker;

import dev.peerdesk.signaling.filter.TokenBucket;
import java.util.LinkedHashSet;
import java.util.Set;

/** The broker's view of one WebSocket connection. */
final class Conn {
    final long id;
    final Role role;
    final String source;
    final long openedAt;
    final TokenBucket messages;
    /** The pending challenge of a host that has not said hello yet; single use. */
    byte[] challenge;
    /** The host ID once the hello verified; null before and after being replaced. */
    String hostId;
    /** A fatal refusal was sent and a close queued: later frames are ignored. */
    boolean closing;
    /** Sessions this viewer opened. */
    final Set<String> sessions = new LinkedHashSet<>();

    Conn(long id, Role role, String source, long openedAt, TokenBucket messages) {
        this.id = id;
        this.role = role;
        this.source = source;
        this.openedAt = openedAt;
        this.messages = messages;
    }

    /** Whom envelopes to this connection are addressed to when no session is involved. */
    String audience() {
        if (role == Role.HOST) {
            return hostId == null ? "host" : "host:" + hostId;
        }
        return "viewer";
    }
}
