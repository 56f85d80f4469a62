package dev.peerdesk.host.auth;

import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.protocol.backoff.BruteForceGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Keeps the brute-force gate across host restarts (0600 file), so restarting the host, or making
 * it crash, never resets the count: only a correct password does. Times are wall-clock epoch ms.
 */
public final class GateStore {
    static final String FILE = "bruteforce-gate";
    private final DataDir dir;

    public GateStore(DataDir dir) {
        this.dir = dir;
    }

    /** The saved gate, or a fresh one when none was saved. A damaged file keeps the gate closed for a day. */
    public BruteForceGate load(long now) throws IOException {
        Optional<byte[]> bytes = dir.read(FILE);
        if (bytes.isEmpty()) {
            return new BruteForceGate();
        }
        String[] parts = new String(bytes.get(), StandardCharsets.US_ASCII).trim().split("\\s+");
        try {
            if (parts.length == 2) {
                int failures = Integer.parseInt(parts[0]);
                long next = Long.parseLong(parts[1]);
                if (failures >= 0) {
                    return new BruteForceGate(failures, next);
                }
            }
        } catch (NumberFormatException damaged) {
            // handled below
        }
        // Failing open would hand an attacker a reset by corrupting one file; fail closed instead.
        return new BruteForceGate(24, now + BruteForceGate.MAX_WAIT_MILLIS);
    }

    public void save(BruteForceGate gate) throws IOException {
        String text = gate.consecutiveFailures() + " " + gate.nextAttemptAt() + "\n";
        dir.writePrivate(FILE, text.getBytes(StandardCharsets.US_ASCII));
    }
}
