package dev.peerdesk.transport;

/**
 * What a {@link PeerConnection} reports. Every call comes on the connection's executor thread, in order;
 * implementations must not block it (hand long work to another thread).
 */
public interface PeerListener {
    /** A local candidate to trickle to the peer ({@code candidate:...}), gathered after the answer. */
    default void onLocalCandidate(String candidate) {
    }

    /** Local gathering finished: send end-of-candidates. */
    default void onLocalCandidatesDone() {
    }

    /** ICE selected a pair; DTLS starts on it. */
    default void onIceConnected(String selectedPair) {
    }

    /** DTLS verified the peer's certificate against its SDP fingerprint and SCTP is up: channels can open. */
    default void onConnected() {
    }

    /** A channel is open, one the peer opened or one of ours. */
    default void onChannelOpen(Channel channel) {
    }

    /** A whole message. {@code binary} false means UTF-8 text. */
    default void onMessage(Channel channel, byte[] data, boolean binary) {
    }

    /** The channel's buffered amount fell to its low-water mark: send more. */
    default void onBufferedAmountLow(Channel channel) {
    }

    /** The channel closed, from either side. */
    default void onChannelClosed(Channel channel) {
    }

    /**
     * The connection is over: closed by us or the peer, the path died (ICE failure, consent expired) or DTLS
     * failed (wrong fingerprint). Called exactly once; every open channel was reported closed before it.
     */
    default void onClosed(String reason) {
    }
}
