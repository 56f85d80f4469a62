package dev.peerdesk.host.auth;

import java.util.random.RandomGenerator;

/**
 * Session passwords a person reads off one screen and types on another: 8 characters from an
 * alphabet without look-alikes (0/o, 1/l/i), about 39 bits. Under the brute-force gate (24 tries
 * per 17 hours, and a new password after every 3 failures) that is far out of reach.
 */
public final class OneTimePasswords {
    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    static final int LENGTH = 8;
    private final RandomGenerator random;

    /** {@code random}: a SecureRandom in production, a seeded generator in tests. */
    public OneTimePasswords(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }
}
