package dev.peerdesk.transport.sctp;

/**
 * Settings of one association. Build with {@link #builder(SctpRandom, byte[])}; defaults suit WebRTC
 * over DTLS/UDP (RFC 8831): port 5000 both sides, 1200-byte packets, 256 KiB messages.
 *
 * @param cookieSecret    32-byte HMAC-SHA256 key protecting our State Cookies
 * @param random          tags, initial TSNs and nonces
 * @param mtu             largest SCTP packet we send (common header included)
 * @param receiveWindow   bytes we buffer for reassembly and advertise as a_rwnd
 * @param rtoMinMillis    400 ms by default: above the peer's 200 ms delayed SACK plus a LAN RTT, so a
 *                        steady RTT does not cause spurious retransmissions; below RFC 6298's 1 s as
 *                        WebRTC stacks do
 */
public record SctpConfig(int localPort, int remotePort, byte[] cookieSecret, SctpRandom random,
                         int maxMessageSize, long receiveWindow, int mtu, int streams,
                         long cookieLifetimeMillis, long rtoInitialMillis, long rtoMinMillis, long rtoMaxMillis,
                         int maxInitRetransmits, int maxAssociationRetransmits, long heartbeatIntervalMillis,
                         long delayedAckMillis) {
    public static final int DEFAULT_PORT = 5000;
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 262144;

    public SctpConfig {
        if (cookieSecret == null || cookieSecret.length != 32) {
            throw new IllegalArgumentException("cookie secret must be 32 bytes");
        }
        if (mtu < 256 || mtu > 65535 || maxMessageSize < 1 || receiveWindow < 1500 || streams < 1 || streams > 65535) {
            throw new IllegalArgumentException("invalid SCTP configuration");
        }
        cookieSecret = cookieSecret.clone();
    }

    public static Builder builder(SctpRandom random, byte[] cookieSecret) {
        return new Builder(random, cookieSecret);
    }

    /** Mutable builder; every setter returns this. */
    public static final class Builder {
        private final SctpRandom random;
        private final byte[] secret;
        private int localPort = DEFAULT_PORT;
        private int remotePort = DEFAULT_PORT;
        private int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
        private long receiveWindow = 1024 * 1024;
        private int mtu = 1200;
        private int streams = 65535;
        private long cookieLifetime = 60_000;
        private long rtoInitial = 1000;
        private long rtoMin = 400;
        private long rtoMax = 60_000;
        private int maxInitRetransmits = 8;
        private int maxAssociationRetransmits = 10;
        private long heartbeatInterval = 30_000;
        private long delayedAck = 200;

        private Builder(SctpRandom random, byte[] secret) {
            this.random = random;
            this.secret = secret;
        }

        public Builder ports(int local, int remote) {
            this.localPort = local;
            this.remotePort = remote;
            return this;
        }

        public Builder maxMessageSize(int v) {
            this.maxMessageSize = v;
            return this;
        }

        public Builder receiveWindow(long v) {
            this.receiveWindow = v;
            return this;
        }

        public Builder mtu(int v) {
            this.mtu = v;
            return this;
        }

        public Builder streams(int v) {
            this.streams = v;
            return this;
        }

        public Builder cookieLifetimeMillis(long v) {
            this.cookieLifetime = v;
            return this;
        }

        public Builder rto(long initial, long min, long max) {
            this.rtoInitial = initial;
            this.rtoMin = min;
            this.rtoMax = max;
            return this;
        }

        public Builder maxRetransmits(int init, int association) {
            this.maxInitRetransmits = init;
            this.maxAssociationRetransmits = association;
            return this;
        }

        public Builder heartbeatIntervalMillis(long v) {
            this.heartbeatInterval = v;
            return this;
        }

        public Builder delayedAckMillis(long v) {
            this.delayedAck = v;
            return this;
        }

        public SctpConfig build() {
            return new SctpConfig(localPort, remotePort, secret, random, maxMessageSize, receiveWindow, mtu,
                    streams, cookieLifetime, rtoInitial, rtoMin, rtoMax, maxInitRetransmits,
                    maxAssociationRetransmits, heartbeatInterval, delayedAck);
        }
    }
}
