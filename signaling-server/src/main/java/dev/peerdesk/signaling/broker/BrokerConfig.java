package dev.peerdesk.signaling.broker;

import java.util.List;

/**
 * The broker's limits and ICE settings.
 *
 * @param requestTtlMillis how long a connect request waits for the host's answer
 * @param sessionLifetimeMillis how long an answered session is remembered (trickle ICE, auth report)
 * @param helloTimeoutMillis how long a host connection may stay unauthenticated
 * @param turnSecret the relay's shared secret, or null to hand out STUN only
 * @param turnTtlSeconds lifetime of issued TURN credentials
 * @param messageBurst, messagesPerSecond per-connection message rate
 * @param maxOpenAttemptsPerHost sessions per host that are pending or await their auth report
 * @param sourceFailureLimit, sourceFailureWindowMillis the per-source auth filter
 * @param maxSdpChars the largest SDP or candidate string relayed
 */
public record BrokerConfig(long requestTtlMillis, long sessionLifetimeMillis, long helloTimeoutMillis,
        String turnSecret, long turnTtlSeconds, List<String> turnUrls, List<String> stunUrls,
        double messageBurst, double messagesPerSecond, int maxOpenAttemptsPerHost,
        int sourceFailureLimit, long sourceFailureWindowMillis, int maxSdpChars) {

    public BrokerConfig {
        turnUrls = List.copyOf(turnUrls);
        stunUrls = List.copyOf(stunUrls);
    }

    public static BrokerConfig defaults() {
        return new BrokerConfig(30_000, 600_000, 10_000, null, 3600, List.of(), List.of(),
                60, 20, 8, 20, 3_600_000, 32_768);
    }

    public BrokerConfig withTurn(String secret, List<String> turn, List<String> stun, long ttlSeconds) {
        return new BrokerConfig(requestTtlMillis, sessionLifetimeMillis, helloTimeoutMillis, secret, ttlSeconds,
                turn, stun, messageBurst, messagesPerSecond, maxOpenAttemptsPerHost, sourceFailureLimit,
                sourceFailureWindowMillis, maxSdpChars);
    }

    public BrokerConfig withMessageRate(double burst, double perSecond) {
        return new BrokerConfig(requestTtlMillis, sessionLifetimeMillis, helloTimeoutMillis, turnSecret,
                turnTtlSeconds, turnUrls, stunUrls, burst, perSecond, maxOpenAttemptsPerHost, sourceFailureLimit,
                sourceFailureWindowMillis, maxSdpChars);
    }
}
