package dev.peerdesk.transport.dcep;

/** A malformed or unexpected Data Channel Establishment Protocol message (RFC 8832). */
public class DcepException extends Exception {
    private static final long serialVersionUID = 1L;

    public DcepException(String message) {
        super(message);
    }
}
