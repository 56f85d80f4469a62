package dev.peerdesk.transport.sctp;

/**
 * Remote input that the SCTP layer refuses: a malformed chunk or parameter, a protocol violation or a
 * message over the negotiated size. Checked on purpose: the caller must close the association cleanly.
 */
public class SctpException extends Exception {
    private static final long serialVersionUID = 1L;

    public SctpException(String message) {
        super(message);
    }
}
