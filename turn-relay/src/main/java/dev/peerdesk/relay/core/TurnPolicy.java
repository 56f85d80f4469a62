package dev.peerdesk.relay.core;

/**
 * The server's rules, all in one place. Times in milliseconds; zero quota means unlimited.
 *
 * @param defaultLifetime   allocation lifetime when the client asks for less or nothing (600 s)
 * @param maxLifetime       the most a client can ask for (3600 s)
 * @param permissionLifetime RFC 8656 fixes 300 s
 * @param channelLifetime   RFC 8656 fixes 600 s
 */
public record TurnPolicy(String realm, PeerFilter peers, int maxAllocationsPerUser, long maxBytesPerSecond,
        long defaultLifetime, long maxLifetime, long permissionLifetime, long channelLifetime) {

    public static TurnPolicy of(String realm, PeerFilter peers, int maxAllocationsPerUser, long maxBitsPerSecond) {
        return new TurnPolicy(realm, peers, maxAllocationsPerUser, maxBitsPerSecond / 8,
                600_000, 3_600_000, 300_000, 600_000);
    }
}
