package dev.peerdesk.host.signal;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How the host trusts the signaling server's TLS certificate. Normal PKIX validation (system CAs,
 * host name) is tried first; a certificate that fails it (the server's default is self-signed) is
 * still accepted, once noted, because TLS is not what the host relies on: every message the server
 * sends is an Ed25519 envelope checked against the pinned master key, and the host sends nothing a
 * man in the middle could use. Its hello signature answers a master-signed challenge and only proves
 * the key; SDP it sends is bound by the SRP channel binding, which fails if anyone swaps a DTLS
 * fingerprint. An interceptor could at most drop messages, which it could do anyway.
 */
public final class ServerTrust extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager pkix;
    private final AtomicBoolean noted = new AtomicBoolean();
    private final Runnable onUnverified;

    private ServerTrust(X509ExtendedTrustManager pkix, Runnable onUnverified) {
        this.pkix = pkix;
        this.onUnverified = onUnverified;
    }

    /** A TLS context with this trust policy; {@code onUnverified} runs once when PKIX fails. */
    public static SSLContext context(Runnable onUnverified) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) null);
        X509ExtendedTrustManager pkix = null;
        for (TrustManager tm : f.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                pkix = x;
            }
        }
        if (pkix == null) {
            throw new GeneralSecurityException("no X509 trust manager in this runtime");
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new ServerTrust(pkix, onUnverified)}, null);
        return ctx;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        try {
            pkix.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException | RuntimeException e) {
            unverified();
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        try {
            pkix.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException | RuntimeException e) {
            unverified();
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        try {
            pkix.checkServerTrusted(chain, authType);
        } catch (CertificateException | RuntimeException e) {
            unverified();
        }
    }

    private void unverified() {
        if (noted.compareAndSet(false, true)) {
            onUnverified.run();
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the host is never a TLS server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("the host is never a TLS server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the host is never a TLS server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
