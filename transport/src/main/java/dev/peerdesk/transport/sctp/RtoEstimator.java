package dev.peerdesk.transport.sctp;

/**
 * Retransmission timeout per RFC 6298 / RFC 9260 section 6.3.1 (alpha 1/8, beta 1/4). Bounds come from
 * the config: WebRTC uses an initial RTO of 1 s and a minimum well below RFC 6298's 1 s (see
 * {@link SctpConfig#rtoMinMillis()}).
 */
final class RtoEstimator {
    private final long min;
    private final long max;
    private double srtt = -1;
    private double rttvar;
    private long rto;

    RtoEstimator(SctpConfig config) {
        this.min = config.rtoMinMillis();
        this.max = config.rtoMaxMillis();
        this.rto = config.rtoInitialMillis();
    }

    void sample(long rttMillis) {
        double r = Math.max(0, rttMillis);
        if (srtt < 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            rttvar = 0.75 * rttvar + 0.25 * Math.abs(srtt - r);
            srtt = 0.875 * srtt + 0.125 * r;
        }
        rto = clamp((long) Math.ceil(srtt + Math.max(4 * rttvar, 1)));
    }

    /** Timer expiry: RTO = RTO * 2, capped (RFC 9260 section 6.3.3 E2). */
    void backoff() {
        rto = clamp(rto * 2);
    }

    long rto() {
        return rto;
    }

    long srtt() {
        return srtt < 0 ? rto : (long) srtt;
    }

    private long clamp(long v) {
        return Math.max(min, Math.min(max, v));
    }
}
