package dev.peerdesk.protocol.envelope;

import java.util.Random;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Test-only Ed25519 backed by Bouncy Castle (production's lives in signaling-server). */
final class BcEd25519 implements Signer, SignatureVerifier {
    private final Ed25519PrivateKeyParameters key;

    BcEd25519(long seed) {
        byte[] k = new byte[32];
        new Random(seed).nextBytes(k);
        key = new Ed25519PrivateKeyParameters(k, 0);
    }

    @Override
    public byte[] publicKey() {
        return key.generatePublicKey().getEncoded();
    }

    @Override
    public byte[] sign(byte[] message) {
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, key);
        s.update(message, 0, message.length);
        return s.generateSignature();
    }

    @Override
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != PUBLIC_KEY_LENGTH || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Ed25519Signer s = new Ed25519Signer();
            s.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            s.update(message, 0, message.length);
            return s.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
