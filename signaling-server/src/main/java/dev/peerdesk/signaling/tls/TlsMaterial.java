package dev.peerdesk.signaling.tls;

import dev.peerdesk.signaling.crypto.Fingerprints;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The TLS certificate chain and key Jetty serves: the operator's PEM files, or a self-signed
 * ECDSA P-256 certificate made once in the data dir (key file mode 0600) when none is given.
 */
public final class TlsMaterial {
    public static final String SELF_CERT = "tls-cert.pem";
    public static final String SELF_KEY = "tls-key.pem";
    /** The in-memory key store's password; it never leaves the process. */
    public static final String STORE_PASSWORD = "peerdesk";

    private final KeyStore keyStore;
    private final X509Certificate leaf;
    private final boolean selfSigned;

    private TlsMaterial(KeyStore keyStore, X509Certificate leaf, boolean selfSigned) {
        this.keyStore = keyStore;
        this.leaf = leaf;
        this.selfSigned = selfSigned;
    }

    /** Loads {@code cert}/{@code key}, or (both null) the self-signed pair in {@code dataDir}, making it first. */
    public static TlsMaterial load(Path cert, Path key, Path dataDir, SecureRandom random) throws IOException {
        boolean self = cert == null && key == null;
        if (self) {
            cert = dataDir.resolve(SELF_CERT);
            key = dataDir.resolve(SELF_KEY);
            if (!Files.exists(cert) || !Files.exists(key)) {
                makeSelfSigned(cert, key, random);
            }
        } else if (cert == null || key == null) {
            throw new IOException("--tls-cert and --tls-key go together");
        }
        try {
            List<X509Certificate> chain = readCertificates(cert);
            PrivateKey privateKey = readKey(key);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", privateKey, STORE_PASSWORD.toCharArray(), chain.toArray(new Certificate[0]));
            return new TlsMaterial(ks, chain.get(0), self);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use TLS certificate " + cert + " / key " + key + ": " + e.getMessage(), e);
        }
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public boolean selfSigned() {
        return selfSigned;
    }

    /** SHA-256 of the leaf certificate, as browsers show it. */
    public String fingerprint() {
        try {
            return Fingerprints.hexColons(leaf.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a certificate we just parsed re-encodes", e);
        }
    }

    private static List<X509Certificate> readCertificates(Path file) throws IOException, GeneralSecurityException {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter conv = new JcaX509CertificateConverter();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            for (Object o = p.readObject(); o != null; o = p.readObject()) {
                if (o instanceof X509CertificateHolder) {
                    out.add(conv.getCertificate((X509CertificateHolder) o));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + " holds no PEM certificate");
        }
        return out;
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
            for (Object o = p.readObject(); o != null; o = p.readObject()) {
                if (o instanceof PEMKeyPair) {
                    // Only the private part: SEC1 keys may omit the public key.
                    return conv.getPrivateKey(((PEMKeyPair) o).getPrivateKeyInfo());
                }
                if (o instanceof PrivateKeyInfo) {
                    return conv.getPrivateKey((PrivateKeyInfo) o);
                }
            }
        }
        throw new IOException(file + " holds no unencrypted PEM private key");
    }

    private static void makeSelfSigned(Path certFile, Path keyFile, SecureRandom random) throws IOException {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = gen.generateKeyPair();
            long now = System.currentTimeMillis();
            X500Principal name = new X500Principal("CN=PeerDesk signaling (self-signed)");
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, random).abs(),
                    new Date(now - 86_400_000L), new Date(now + 825L * 86_400_000L), name, pair.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")}));
            X509CertificateHolder holder = b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
            writeKey(keyFile, pem(new JcaPKCS8Generator(pair.getPrivate(), null).generate()));
            Files.writeString(certFile, pem(new JcaX509CertificateConverter().getCertificate(holder)));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make a self-signed certificate: " + e.getMessage(), e);
        }
    }

    private static void writeKey(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String pem(Object o) throws IOException {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
            pw.writeObject(o);
        }
        return w.toString();
    }
}
