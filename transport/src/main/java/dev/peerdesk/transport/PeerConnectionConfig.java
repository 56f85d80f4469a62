package dev.peerdesk.transport;

import dev.peerdesk.transport.ice.IceServers;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * Settings of a {@link PeerConnection}.
 *
 * @param iceServers        STUN/TURN servers for non-host candidates
 * @param executor          the single thread that drives SCTP and calls the listener; null makes one
 * @param clockMillis       monotonic milliseconds for the SCTP core; tests may inject their own
 * @param connectTimeoutMillis ICE plus DTLS plus SCTP must be up within this, or the connection closes
 * @param consentTimeoutMillis no consent response for this long closes the connection (RFC 7675: 30 s)
 */
public record PeerConnectionConfig(IceServers iceServers, ScheduledExecutorService executor, LongSupplier clockMillis,
                                   long connectTimeoutMillis, long consentTimeoutMillis) {

    public static PeerConnectionConfig defaults() {
        return new PeerConnectionConfig(IceServers.NONE, null, () -> System.nanoTime() / 1_000_000, 30_000, 30_000);
    }

    public PeerConnectionConfig withIceServers(IceServers servers) {
        return new PeerConnectionConfig(servers, executor, clockMillis, connectTimeoutMillis, consentTimeoutMillis);
    }

    public PeerConnectionConfig withTimeouts(long connectMillis, long consentMillis) {
        return new PeerConnectionConfig(iceServers, executor, clockMillis, connectMillis, consentMillis);
    }

    public PeerConnectionConfig withExecutor(ScheduledExecutorService e) {
        return new PeerConnectionConfig(iceServers, e, clockMillis, connectTimeoutMillis, consentTimeoutMillis);
    }
}
