package dev.peerdesk.viewer.core;

/**
 * The stages a person sees while connecting, in order. {@link #attribute} is what the page puts
 * in {@code body[data-stage]} and logs to the console, for people reading logs and for tests.
 */
public enum Stage {
    IDLE("idle", "Enter the computer's ID and password."),
    LOOKING_UP("looking-up", "Looking up the computer\u2026"),
    NEGOTIATING("negotiating", "Finding a network path\u2026"),
    AUTHENTICATING("authenticating", "Checking the password\u2026"),
    CONNECTED("connected", "Connected."),
    FAILED("failed", ""),
    CLOSED("closed", "The session has ended.");

    private final String attribute;
    private final String words;

    Stage(String attribute, String words) {
        this.attribute = attribute;
        this.words = words;
    }

    public String attribute() {
        return attribute;
    }

    public String words() {
        return words;
    }

    /** Whether a session attempt is under way (the form is locked). */
    public boolean busy() {
        return this == LOOKING_UP || this == NEGOTIATING || this == AUTHENTICATING || this == CONNECTED;
    }
}
