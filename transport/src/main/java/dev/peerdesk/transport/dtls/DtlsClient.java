package dev.peerdesk.transport.dtls;

import java.io.IOException;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/** Our side as DTLS client (a=setup:active): presents our certificate, checks the server's fingerprint. */
final class DtlsClient extends DefaultTlsClient {
    private final DtlsCertificate certificate;
    private final PeerIdentity peer;
    private final DtlsLink.Alerts alerts;

    DtlsClient(BcTlsCrypto crypto, DtlsCertificate certificate, PeerIdentity peer, DtlsLink.Alerts alerts) {
        super(crypto);
        this.certificate = certificate;
        this.peer = peer;
        this.alerts = alerts;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return WebRtcTls.VERSIONS;
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return WebRtcTls.CIPHER_SUITES.clone();
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return WebRtcTls.HANDSHAKE_TIMEOUT_MILLIS;
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                peer.check(serverCertificate.getCertificate());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                return WebRtcTls.signer(context, (BcTlsCrypto) getCrypto(), certificate);
            }
        };
    }

    @Override
    public void notifyAlertReceived(short level, short description) {
        alerts.received(level, description);
    }

    @Override
    public void notifyConnectionClosed() {
        alerts.closed();
    }
}
