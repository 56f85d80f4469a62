package dev.peerdesk.transport.ice;

import dev.peerdesk.transport.sdp.IceCandidate;

/** What an {@link IceSession} reports, from ice4j's threads; implementations hand it to their own executor. */
public interface IceListener {
    /** A candidate gathered after the answer was made (server-reflexive, relayed); trickle it. */
    void localCandidate(IceCandidate candidate);

    /** Gathering is over: signal end-of-candidates. */
    void localCandidatesDone();

    /** A pair is selected: the path carries data now (also after an ICE restart). */
    void connected(String selectedPair);

    /** ICE failed, or consent to send expired (RFC 7675 section 5.1): the path is dead. */
    void failed(String reason);
}
