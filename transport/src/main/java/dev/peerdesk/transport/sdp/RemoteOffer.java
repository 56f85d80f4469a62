package dev.peerdesk.transport.sdp;

import java.util.List;

/**
 * What we use from a peer's offer: its data channel section (RFC 8841) and the session-wide values that
 * apply to it. Other media sections are kept only so the answer can reject them (port 0).
 *
 * @param mid             the data section's {@code a=mid}, or null when the offer has none
 * @param setup           the offerer's DTLS role; ACTPASS when absent (RFC 8842 section 5.2)
 * @param sctpPort        {@code a=sctp-port}, 5000 when absent
 * @param maxMessageSize  {@code a=max-message-size}; 65536 when absent, 0 means no limit (RFC 8841 section 6)
 * @param candidates      candidates given inline (non-trickle offerers)
 * @param endOfCandidates the offer carries {@code a=end-of-candidates}
 * @param otherSections   the m-lines of every other section, in order, with their mids (may be null)
 */
public record RemoteOffer(String mid, int dataSectionIndex, String iceUfrag, String icePwd, boolean iceLite,
                          List<Fingerprint> fingerprints, DtlsSetup setup, int sctpPort, long maxMessageSize,
                          List<IceCandidate> candidates, boolean endOfCandidates, List<Section> sections) {

    /** One m-section of the offer as the answer must mirror it. */
    public record Section(String media, String proto, String formats, String mid) {
    }

    public RemoteOffer {
        fingerprints = List.copyOf(fingerprints);
        candidates = List.copyOf(candidates);
        sections = List.copyOf(sections);
    }
}
