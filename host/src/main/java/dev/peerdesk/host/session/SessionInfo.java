package dev.peerdesk.host.session;

import dev.peerdesk.host.audit.AuditEvent.Transport;
import java.util.EnumSet;
import java.util.Set;

/** Who a session is: its id, the peer's address, how its packets travel, what it may do, when it began. */
public record SessionInfo(String id, String peer, Transport transport, Set<Permission> permissions, long startedAt) {
    public SessionInfo {
        permissions = Set.copyOf(EnumSet.copyOf(permissions));
    }
}
