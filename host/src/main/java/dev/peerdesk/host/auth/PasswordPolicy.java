package dev.peerdesk.host.auth;

import dev.peerdesk.protocol.backoff.BruteForceGate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The host's password rules, sans-IO (time is an argument):
 * <ul>
 *   <li>one brute-force gate for all sources and both password kinds: every failure doubles the
 *       wait before the next attempt, so 24 failures take at least 17 hours; only a success resets
 *       it ({@link BruteForceGate});</li>
 *   <li>one attempt at a time;</li>
 *   <li>the one-time password rotates after every session and after every 3 failures, so a
 *       guesser never gets more than 3 tries at the same one.</li>
 * </ul>
 * Not thread-safe: the session runtime serializes calls.
 */
public final class PasswordPolicy {
    static final int FAILURES_PER_ONE_TIME_PASSWORD = 3;

    private final OneTimePasswords generator;
    private final VerifierFactory factory;
    private final BruteForceGate gate;
    private Optional<StoredVerifier> permanent;
    private String oneTime;
    private StoredVerifier oneTimeVerifier;
    private int failuresSinceRotation;
    private boolean attemptRunning;

    public PasswordPolicy(OneTimePasswords generator, VerifierFactory factory, Optional<StoredVerifier> permanent,
            BruteForceGate gate) {
        this.generator = generator;
        this.factory = factory;
        this.permanent = permanent;
        this.gate = gate;
        rotate();
    }

    /** The one-time password to show on the host's screen. */
    public String oneTimePassword() {
        return oneTime;
    }

    public void setPermanent(Optional<StoredVerifier> verifier) {
        this.permanent = verifier;
    }

    public Admission admit(long now, PasswordKind kind) {
        BruteForceGate.Decision d = gate.check(now);
        if (!d.allowed()) {
            return new Admission.Refused(Admission.Reason.BACKOFF, d.retryAt());
        }
        if (attemptRunning) {
            return new Admission.Refused(Admission.Reason.BUSY, Long.MIN_VALUE);
        }
        if (kind == PasswordKind.PERMANENT) {
            if (permanent.isEmpty()) {
                return new Admission.Refused(Admission.Reason.NO_PERMANENT_PASSWORD, Long.MIN_VALUE);
            }
            attemptRunning = true;
            return new Admission.Admitted(permanent.get());
        }
        attemptRunning = true;
        return new Admission.Admitted(oneTimeVerifier);
    }

    /** A wrong password (the SRP proof did not verify) at {@code now}. */
    public FailureOutcome recordFailure(long now) {
        endAttempt();
        long wait = gate.recordFailure(now);
        boolean rotated = ++failuresSinceRotation >= FAILURES_PER_ONE_TIME_PASSWORD;
        if (rotated) {
            rotate();
        }
        return new FailureOutcome(gate.consecutiveFailures(), wait, gate.nextAttemptAt(), rotated);
    }

    /** The correct password: resets the gate. */
    public void recordSuccess() {
        endAttempt();
        gate.recordSuccess();
        failuresSinceRotation = 0;
    }

    /** The viewer left before sending its proof: no guess was made, so nothing is counted. */
    public void abandon() {
        endAttempt();
    }

    /** A session ended: its one-time password is spent. */
    public void sessionEnded() {
        rotate();
    }

    public int consecutiveFailures() {
        return gate.consecutiveFailures();
    }

    /** The gate, for {@link GateStore#save} after every result. */
    public BruteForceGate gate() {
        return gate;
    }

    private void endAttempt() {
        if (!attemptRunning) {
            throw new IllegalStateException("attempt result without admit(): the session reports each attempt once");
        }
        attemptRunning = false;
    }

    private void rotate() {
        oneTime = generator.next();
        char[] chars = oneTime.toCharArray();
        try {
            oneTimeVerifier = factory.create(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
        failuresSinceRotation = 0;
    }

    /** What a failure did: the count, the wait it imposed, when the gate opens, and whether the password changed. */
    public record FailureOutcome(int consecutiveFailures, long waitMillis, long nextAttemptAt, boolean rotated) {}
}
