package dev.peerdesk.transport.sdp;

/** A remote session description we cannot accept; {@link #problem()} says which rule it broke. */
public final class SdpException extends Exception {
    /** What was wrong, coarse enough to test against and to report to the signaling peer. */
    public enum Problem {
        TOO_LARGE, MALFORMED_LINE, MISSING_LINE, NO_DATA_CHANNEL_SECTION, BAD_ICE_CREDENTIALS,
        BAD_FINGERPRINT, BAD_SETUP, BAD_SCTP_PORT, BAD_MAX_MESSAGE_SIZE, BAD_CANDIDATE
    }

    private final Problem problem;

    public SdpException(Problem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
