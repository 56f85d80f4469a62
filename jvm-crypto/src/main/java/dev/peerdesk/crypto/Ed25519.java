package dev.peerdesk.crypto;

import dev.peerdesk.protocol.envelope.SignatureVerifier;
import dev.peerdesk.protocol.envelope.Signer;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Ed25519 (RFC 8032) on Bouncy Castle's lightweight API: the JVM side of the envelope package's
 * {@link Signer} and {@link SignatureVerifier} seams. The server's master key, the host's own key,
 * and the verifier both use for the other's signatures.
 */
public final class Ed25519 implements Signer {
    public static final int SEED_LENGTH = Ed25519PrivateKeyParameters.KEY_SIZE;

    /** Verifies without a private key; safe to share between threads. */
    public static final SignatureVerifier VERIFIER = Ed25519::verify;

    private final Ed25519PrivateKeyParameters privateKey;
    private final byte[] publicKey;

    /** A key from its 32-byte private seed. */
    public Ed25519(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("Ed25519 seed of " + seed.length + " bytes");
        }
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        this.publicKey = privateKey.generatePublicKey().getEncoded();
    }

    public static Ed25519 generate(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return new Ed25519(seed);
    }

    public byte[] seed() {
        return privateKey.getEncoded();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] sign(byte[] message) {
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, privateKey);
        s.update(message, 0, message.length);
        return s.generateSignature();
    }

    private static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || message == null || signature == null
                || publicKey.length != SignatureVerifier.PUBLIC_KEY_LENGTH
                || signature.length != SignatureVerifier.SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Ed25519Signer s = new Ed25519Signer();
            s.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            s.update(message, 0, message.length);
            return s.verifySignature(signature);
        } catch (RuntimeException e) {
            // Bouncy Castle throws on some non-canonical point encodings: still just "invalid".
            return false;
        }
    }
}
