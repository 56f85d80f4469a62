package dev.peerdesk.host.cli;

/** A command line that cannot be run; the message says what to change. Exit status 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
