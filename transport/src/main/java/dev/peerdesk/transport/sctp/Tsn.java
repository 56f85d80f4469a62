package dev.peerdesk.transport.sctp;

/** Serial number arithmetic on 32-bit TSNs and 16-bit SSNs (RFC 9260 section 1.6, RFC 1982). */
final class Tsn {
    private Tsn() {
    }

    static boolean lt(int a, int b) {
        return a - b < 0;
    }

    static boolean lte(int a, int b) {
        return a - b <= 0;
    }

    static int max(int a, int b) {
        return lt(a, b) ? b : a;
    }

    static boolean ssnLte(int a, int b) {
        return (short) (a - b) <= 0;
    }
}
