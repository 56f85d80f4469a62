package dev.peerdesk.transport.dtls;

import java.io.IOException;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Our side as DTLS server (a=setup:passive): requires a client certificate, since in WebRTC each side
 * authenticates the other by fingerprint (RFC 8827 section 6.5).
 */
final class DtlsServer extends DefaultTlsServer {
    private final DtlsCertificate certificate;
    private final PeerIdentity peer;
    private final DtlsLink.Alerts alerts;

    DtlsServer(BcTlsCrypto crypto, DtlsCertificate certificate, PeerIdentity peer, DtlsLink.Alerts alerts) {
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
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        return WebRtcTls.signer(context, (BcTlsCrypto) getCrypto(), certificate);
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign},
                WebRtcTls.signatureAlgorithms(), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        peer.check(clientCertificate);
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
