package dev.peerdesk.signaling.tunnel;

/**
 * Limits of the HTTPS tunnel (see {@code docs/signaling.md}, "HTTPS tunnel").
 *
 * @param maxFrameBytes the largest tunnel frame: 1 channel byte + the largest data-channel message
 *     a browser sends (262144, Chromium's max-message-size)
 * @param bytesPerSecond, burstBytes each socket's sustained and burst byte rate toward its peer
 * @param framesPerSecond, burstFrames each socket's sustained and burst frame rate
 * @param maxThrottleMillis how long a socket over its rate may be held back (TCP backpressure)
 *     before it is closed as abusive instead
 * @param idleTimeoutMillis a socket that sends nothing (not even a pong) this long is closed
 * @param pingMillis how often the server pings each socket, so quiet sessions stay open; 0: never
 * @param helloTimeoutMillis how long a new socket may take to present its token
 * @param pairTimeoutMillis how long an admitted socket waits for the other side
 */
public record TunnelConfig(int maxFrameBytes, double bytesPerSecond, double burstBytes, double framesPerSecond,
        double burstFrames, long maxThrottleMillis, long idleTimeoutMillis, long pingMillis, long helloTimeoutMillis,
        long pairTimeoutMillis) {

    /** Chromium's data-channel max-message-size: no session message is larger. */
    public static final int MAX_MESSAGE = 262_144;

    public static TunnelConfig defaults() {
        return new TunnelConfig(1 + MAX_MESSAGE, 12_000_000, 4_000_000, 2_000, 4_000, 2_000, 60_000, 20_000,
                10_000, 30_000);
    }

    public TunnelConfig withFrameRate(double perSecond, double burst, long maxThrottleMillis) {
        return new TunnelConfig(maxFrameBytes, bytesPerSecond, burstBytes, perSecond, burst, maxThrottleMillis,
                idleTimeoutMillis, pingMillis, helloTimeoutMillis, pairTimeoutMillis);
    }

    public TunnelConfig withTimeouts(long idleMillis, long pingMillis, long helloMillis, long pairMillis) {
        return new TunnelConfig(maxFrameBytes, bytesPerSecond, burstBytes, framesPerSecond, burstFrames,
                maxThrottleMillis, idleMillis, pingMillis, helloMillis, pairMillis);
    }
}
