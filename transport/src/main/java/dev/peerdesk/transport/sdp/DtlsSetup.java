package dev.peerdesk.transport.sdp;

import java.util.Locale;

/** The {@code a=setup} attribute (RFC 4145 section 4, RFC 8842 section 5): who starts the DTLS handshake. */
public enum DtlsSetup {
    ACTIVE, PASSIVE, ACTPASS, HOLDCONN;

    static DtlsSetup parse(String value) throws SdpException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "active" -> ACTIVE;
            case "passive" -> PASSIVE;
            case "actpass" -> ACTPASS;
            case "holdconn" -> HOLDCONN;
            default -> throw new SdpException(SdpException.Problem.BAD_SETUP, value);
        };
    }

    String sdpValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
