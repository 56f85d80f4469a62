package dev.peerdesk.protocol.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM through JCA: the JVM's {@link Aead} (hardware AES and CLMUL where present). Never
 * reached from the browser build, which has its own implementation. Not thread-safe: one per
 * record direction and channel user.
 */
public final class JcaAesGcm implements Aead {
    /** Creates instances for the record layer. */
    public static final AeadFactory FACTORY = JcaAesGcm::new;

    private final SecretKeySpec key;
    private final Cipher cipher;

    public JcaAesGcm(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has AES/GCM", e);
        }
    }

    @Override
    public byte[] seal(byte[] nonce, byte[] additionalData, byte[] plaintext) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(additionalData);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            // Key and nonce lengths are fixed by construction; the record layer never repeats a nonce.
            throw new IllegalStateException("AES-GCM seal failed", e);
        }
    }

    @Override
    public byte[] open(byte[] nonce, byte[] additionalData, byte[] ciphertextAndTag) throws AeadException {
        if (ciphertextAndTag.length < TAG_LENGTH) {
            throw new AeadException("ciphertext shorter than the tag");
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(additionalData);
            return cipher.doFinal(ciphertextAndTag);
        } catch (AEADBadTagException e) {
            throw new AeadException("tag does not verify");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM open failed", e);
        }
    }
}
