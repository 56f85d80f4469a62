package dev.peerdesk.host.signal;

import dev.peerdesk.protocol.envelope.JsonObject;
import java.util.List;

/** What a verified server message means to the host. */
public sealed interface SignalEvent {
    /** The server accepted our hello: we are reachable under {@code id}. */
    record Online(String id, boolean enrolled) implements SignalEvent {}

    /** A viewer wants in; {@code iceServers} is the RTCIceServer list (STUN, TURN with credentials). */
    record ConnectRequest(String session, String viewerAddress, long expiresAt, List<?> iceServers)
            implements SignalEvent {}

    /** SDP offer, trickled candidate or bye from the viewer of {@code session}. */
    record FromViewer(String session, JsonObject message) implements SignalEvent {}

    /**
     * The viewer of {@code session} found no ICE path and the server granted an HTTPS tunnel: this
     * host's single-use {@code token} for the WebSocket at {@code path}, valid until {@code expiresAt}.
     */
    record TunnelGrant(String session, String token, String path, long expiresAt) implements SignalEvent {}

    /** The server recorded our SRP report for its brute-force gate. */
    record AuthRecorded(String session, boolean ok) implements SignalEvent {}

    /** The server refused something; {@code session} is null when it concerns the connection. */
    record ServerError(String code, String message, String session) implements SignalEvent {}
}
