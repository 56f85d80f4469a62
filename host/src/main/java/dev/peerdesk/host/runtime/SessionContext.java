package dev.peerdesk.host.runtime;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.host.session.SessionRegistry;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What every session of this host shares: the registry (session limit, password policy, audit;
 * all calls under {@link #lock}), the host's identity for the channel binding, the permanent
 * password, the screen, and the signaling reports.
 */
record SessionContext(Object lock, SessionRegistry registry, Supplier<String> oneTimePassword,
        Supplier<Optional<StoredVerifier>> permanent, String hostId, byte[] hostKey, Set<Permission> permissions,
        ScreenSource screen, Reporter reporter, LongSupplier clock, SecureRandom random, PrintStream out) {

    /** Tells the signaling server about a session; implementations must not block. */
    interface Reporter {
        /** The SRP outcome, signed with the host key, for the server's brute-force gate. */
        void authResult(String session, boolean ok);

        /** The session is over; the server forgets it. */
        void bye(String session, String reason);
    }

    static AuditEvent.Transport transportOf(String selectedPair) {
        if (selectedPair == null) {
            return AuditEvent.Transport.UNKNOWN;
        }
        // "relay 1.2.3.4:5/udp <-> host ..." : either end relayed means the media goes through TURN.
        return selectedPair.startsWith("relay") || selectedPair.contains("<-> relay")
                ? AuditEvent.Transport.RELAY : AuditEvent.Transport.DIRECT;
    }
}
