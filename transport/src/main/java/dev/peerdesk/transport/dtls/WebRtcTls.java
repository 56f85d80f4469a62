package dev.peerdesk.transport.dtls;

import java.util.Vector;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/** What our DTLS client and server share: version, suites, credentials. */
final class WebRtcTls {
    /** ECDHE with our ECDSA key, AEAD only: what Chromium and libdatachannel negotiate (RFC 8827 section 6.5). */
    static final int[] CIPHER_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    };
    /** WebRTC mandates DTLS 1.2 (RFC 8827 section 6.5); BC's DTLS 1.3 is not what browsers speak here. */
    static final ProtocolVersion[] VERSIONS = ProtocolVersion.DTLSv12.only();
    /** Handshake give-up time: ICE already proved the path, so this long a silence means it is gone. */
    static final int HANDSHAKE_TIMEOUT_MILLIS = 30_000;

    static final SignatureAndHashAlgorithm ECDSA_SHA256 =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

    private WebRtcTls() {
    }

    static TlsCredentialedSigner signer(TlsContext context, BcTlsCrypto crypto, DtlsCertificate cert)
            throws java.io.IOException {
        TlsCertificate c = crypto.createCertificate(cert.der());
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, cert.privateKey(),
                new Certificate(new TlsCertificate[] {c}), ECDSA_SHA256);
    }

    /** Signature algorithms we accept on the peer's self-signed certificate (Firefox may still use RSA). */
    static Vector<SignatureAndHashAlgorithm> signatureAlgorithms() {
        Vector<SignatureAndHashAlgorithm> v = new Vector<>();
        v.add(ECDSA_SHA256);
        v.add(SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha384, SignatureAlgorithm.ecdsa));
        v.add(SignatureAndHashAlgorithm.rsa_pss_rsae_sha256);
        v.add(SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa));
        return v;
    }
}
