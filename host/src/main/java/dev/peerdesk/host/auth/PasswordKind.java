package dev.peerdesk.host.auth;

/** Which password the viewer says it types: SRP needs the host to pick one verifier up front. */
public enum PasswordKind {
    /** Shown on the host's screen, good for one session. */
    ONE_TIME,
    /** Set with {@code --set-password} for unattended access. */
    PERMANENT
}
