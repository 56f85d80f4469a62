package dev.peerdesk.transport.dtls;

import dev.peerdesk.transport.sdp.Fingerprint;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Our DTLS identity: an ECDSA P-256 key and a self-signed certificate, as browsers make for each
 * RTCPeerConnection (RFC 8827 section 6.5). Nobody checks the name or the chain: the peer checks the
 * certificate's SHA-256 fingerprint against our SDP, and the session layer binds both fingerprints.
 */
public final class DtlsCertificate {
    private final byte[] der;
    private final AsymmetricKeyParameter privateKey;
    private final Fingerprint fingerprint;

    private DtlsCertificate(byte[] der, AsymmetricKeyParameter privateKey) {
        this.der = der;
        this.privateKey = privateKey;
        this.fingerprint = Fingerprint.sha256(der);
    }

    /** A fresh key and certificate, valid from a day ago (clock skew) for 30 days. */
    public static DtlsCertificate generate(SecureRandom random, long nowMillis) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair kp = g.generateKeyPair();
            X500Name name = new X500Name("CN=PeerDesk");
            BigInteger serial = new BigInteger(64, random).abs().add(BigInteger.ONE);
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial,
                    new Date(nowMillis - 86_400_000L), new Date(nowMillis + 30L * 86_400_000L), name, kp.getPublic());
            byte[] der = b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())).getEncoded();
            return new DtlsCertificate(der, PrivateKeyFactory.createKey(kp.getPrivate().getEncoded()));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("the JRE provides EC P-256 and SHA256withECDSA", e);
        }
    }

    public byte[] der() {
        return der.clone();
    }

    AsymmetricKeyParameter privateKey() {
        return privateKey;
    }

    /** {@code sha-256 XX:...}, for our SDP's a=fingerprint. */
    public Fingerprint fingerprint() {
        return fingerprint;
    }
}
