package dev.peerdesk.transport.dtls;

import java.io.IOException;

/** The DTLS handshake failed: wrong peer certificate, alert, timeout or a broken path. */
public final class DtlsException extends IOException {
    public DtlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
