package dev.peerdesk.signaling.broker;

/**
 * A request the broker turns down: becomes an {@code error} envelope with {@code code}, and a
 * close when {@code fatal}. Thrown inside the core only; never escapes it.
 */
final class Refused extends Exception {
    final String code;
    final boolean fatal;
    final String session;
    final long retryAt;

    Refused(String code, String message, boolean fatal) {
        this(code, message, fatal, null, 0);
    }

    Refused(String code, String message, boolean fatal, String session, long retryAt) {
        super(message, null, false, false);
        this.code = code;
        this.fatal = fatal;
        this.session = session;
        this.retryAt = retryAt;
    }
}
