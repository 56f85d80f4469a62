package dev.peerdesk.transport.sdp;

import java.util.List;

/**
 * Our SDP answer to a {@link RemoteOffer} (RFC 8829 section 5.3, RFC 8841): the data section accepted
 * with our ICE credentials, fingerprint, DTLS role and SCTP port; every other section rejected with
 * port 0 (RFC 8866 section 5.14 / RFC 3264 section 6).
 *
 * @param sessionId  the o= line's sess-id, random per peer connection
 * @param setup      ACTIVE or PASSIVE (an answer never says actpass)
 * @param candidates candidates gathered before answering; more may trickle later
 * @param endOfCandidates gathering finished before the answer was made
 */
public record Answer(RemoteOffer offer, long sessionId, String iceUfrag, String icePwd, Fingerprint fingerprint,
                     DtlsSetup setup, int sctpPort, long maxMessageSize, List<IceCandidate> candidates,
                     boolean endOfCandidates) {

    public Answer {
        if (setup != DtlsSetup.ACTIVE && setup != DtlsSetup.PASSIVE) {
            throw new IllegalArgumentException("an answer's setup is active or passive, not " + setup);
        }
        candidates = List.copyOf(candidates);
    }

    /** The SDP text, CRLF line ends as RFC 8866 section 5 requires. */
    public String toSdp() {
        StringBuilder b = new StringBuilder(512);
        line(b, "v=0");
        line(b, "o=- " + sessionId + " 2 IN IP4 127.0.0.1");
        line(b, "s=-");
        line(b, "t=0 0");
        String mid = offer.mid();
        if (mid != null) {
            line(b, "a=group:BUNDLE " + mid);
        }
        List<RemoteOffer.Section> sections = offer.sections();
        for (int i = 0; i < sections.size(); i++) {
            RemoteOffer.Section s = sections.get(i);
            if (i != offer.dataSectionIndex()) {
                line(b, "m=" + s.media() + " 0 " + s.proto() + " " + s.formats());
                line(b, "c=IN IP4 0.0.0.0");
                if (s.mid() != null) {
                    line(b, "a=mid:" + s.mid());
                }
                continue;
            }
            line(b, "m=application 9 UDP/DTLS/SCTP webrtc-datachannel");
            line(b, "c=IN IP4 0.0.0.0");
            line(b, "a=ice-ufrag:" + iceUfrag);
            line(b, "a=ice-pwd:" + icePwd);
            line(b, "a=ice-options:trickle");
            line(b, "a=fingerprint:" + fingerprint.sdpValue());
            line(b, "a=setup:" + setup.sdpValue());
            if (mid != null) {
                line(b, "a=mid:" + mid);
            }
            line(b, "a=sctp-port:" + sctpPort);
            line(b, "a=max-message-size:" + maxMessageSize);
            for (IceCandidate c : candidates) {
                line(b, "a=" + c.sdpValue());
            }
            if (endOfCandidates) {
                line(b, "a=end-of-candidates");
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String l) {
        b.append(l).append("\r\n");
    }
}
