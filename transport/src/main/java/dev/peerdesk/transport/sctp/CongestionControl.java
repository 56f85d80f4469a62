package dev.peerdesk.transport.sctp;

/**
 * Congestion control of RFC 9260 section 7.2: slow start, congestion avoidance (partial_bytes_acked),
 * fast recovery, and the collapse to one MTU on a T3-rtx expiry.
 */
final class CongestionControl {
    private final int mtu;
    private long cwnd;
    private long ssthresh;
    private long partialBytesAcked;
    private boolean fastRecovery;
    private int recoveryExitTsn;

    CongestionControl(int mtu, long peerRwnd) {
        this.mtu = mtu;
        this.cwnd = Math.min(4L * mtu, Math.max(2L * mtu, 4380));
        this.ssthresh = Math.max(peerRwnd, 4L * mtu);
    }

    long cwnd() {
        return cwnd;
    }

    boolean inFastRecovery() {
        return fastRecovery;
    }

    /**
     * A SACK acknowledged {@code bytesAcked} new bytes. {@code cumAdvanced}: the cumulative ack moved.
     * {@code flightBefore}: bytes in flight before the SACK, to see whether cwnd was fully used.
     */
    void onAck(long bytesAcked, boolean cumAdvanced, long flightBefore, int cumAck) {
        if (fastRecovery && Tsn.lte(recoveryExitTsn, cumAck)) {
            fastRecovery = false;
        }
        if (bytesAcked <= 0 || !cumAdvanced || fastRecovery) {
            return;
        }
        boolean fullyUsed = flightBefore + mtu >= cwnd;
        if (cwnd <= ssthresh) {
            if (fullyUsed) {
                cwnd += Math.min(bytesAcked, mtu);
            }
        } else {
            partialBytesAcked += bytesAcked;
            if (partialBytesAcked >= cwnd && fullyUsed) {
                partialBytesAcked -= cwnd;
                cwnd += mtu;
            }
        }
    }

    /** Fast retransmit: enter fast recovery once per window (RFC 9260 section 7.2.4). */
    void onFastRetransmit(int highestOutstandingTsn) {
        if (fastRecovery) {
            return;
        }
        fastRecovery = true;
        recoveryExitTsn = highestOutstandingTsn;
        ssthresh = Math.max(cwnd / 2, 4L * mtu);
        cwnd = ssthresh;
        partialBytesAcked = 0;
    }

    /** T3-rtx expiry (RFC 9260 section 7.2.3). */
    void onTimeout() {
        ssthresh = Math.max(cwnd / 2, 4L * mtu);
        cwnd = mtu;
        partialBytesAcked = 0;
        fastRecovery = false;
    }

    /** No data sent for an RTO while idle: restart from the initial window (RFC 9260 section 7.2.1). */
    void onIdle() {
        cwnd = Math.min(cwnd, Math.min(4L * mtu, Math.max(2L * mtu, 4380)));
    }
}
