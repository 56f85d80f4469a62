package dev.peerdesk.transport.dtls;

import dev.peerdesk.transport.sdp.Fingerprint;
import java.io.IOException;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsFatalAlert;

/**
 * Checks the certificate the peer presents against the fingerprints from its SDP (RFC 8122 section 5,
 * RFC 8842 section 5.1): the only authentication DTLS has in WebRTC. With several fingerprints the
 * strongest hash we know decides, so a weak extra one cannot vouch for a forged certificate.
 */
final class PeerIdentity {
    private final List<Fingerprint> expected;
    private volatile Fingerprint seen;

    PeerIdentity(List<Fingerprint> expected) {
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("no fingerprint to check the peer against");
        }
        this.expected = List.copyOf(expected);
    }

    void check(Certificate chain) throws IOException {
        if (chain == null || chain.isEmpty()) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "peer sent no certificate");
        }
        byte[] der = chain.getCertificateAt(0).getEncoded();
        Fingerprint best = expected.get(0);
        for (Fingerprint f : expected) {
            if (strength(f) > strength(best)) {
                best = f;
            }
        }
        if (!best.matches(der)) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "certificate does not match a=fingerprint");
        }
        seen = Fingerprint.sha256(der);
    }

    /** The SHA-256 fingerprint of the certificate the peer proved it holds, or null before the handshake. */
    Fingerprint seen() {
        return seen;
    }

    private static int strength(Fingerprint f) {
        return f.digest().length;
    }
}
