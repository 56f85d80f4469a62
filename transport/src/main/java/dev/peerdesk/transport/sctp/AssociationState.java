package dev.peerdesk.transport.sctp;

/** Association states of RFC 9260 section 4. */
public enum AssociationState {
    CLOSED, COOKIE_WAIT, COOKIE_ECHOED, ESTABLISHED, SHUTDOWN_PENDING, SHUTDOWN_SENT, SHUTDOWN_RECEIVED,
    SHUTDOWN_ACK_SENT;

    boolean established() {
        return this == ESTABLISHED || this == SHUTDOWN_PENDING || this == SHUTDOWN_SENT
                || this == SHUTDOWN_RECEIVED || this == SHUTDOWN_ACK_SENT;
    }
}
