package dev.peerdesk.protocol.crypto;

/**
 * AES-256-GCM (NIST SP 800-38D) in pure Java: the {@link Aead} of the browser build, where JCA
 * does not exist and WebCrypto is only asynchronous. Checked against JCA on random inputs. 96-bit
 * nonces only (J0 = nonce | 0x00000001). Not thread-safe.
 */
public final class AesGcm implements Aead {
    /** Creates instances for the record layer. */
    public static final AeadFactory FACTORY = AesGcm::new;

    private final Aes256 aes;
    private final Ghash ghash;
    private final byte[] counter = new byte[16];
    private final byte[] keystream = new byte[16];

    public AesGcm(byte[] key) {
        this.aes = new Aes256(key);
        byte[] h = new byte[16];
        aes.encryptBlock(h, 0, h, 0);
        this.ghash = new Ghash(h);
    }

    @Override
    public byte[] seal(byte[] nonce, byte[] additionalData, byte[] plaintext) {
        checkNonce(nonce);
        byte[] out = new byte[plaintext.length + TAG_LENGTH];
        ctr(nonce, plaintext, plaintext.length, out);
        tag(nonce, additionalData, out, plaintext.length, out, plaintext.length);
        return out;
    }

    @Override
    public byte[] open(byte[] nonce, byte[] additionalData, byte[] ciphertextAndTag) throws AeadException {
        checkNonce(nonce);
        int length = ciphertextAndTag.length - TAG_LENGTH;
        if (length < 0) {
            throw new AeadException("ciphertext shorter than the tag");
        }
        byte[] expected = new byte[TAG_LENGTH];
        tag(nonce, additionalData, ciphertextAndTag, length, expected, 0);
        int diff = 0;
        for (int i = 0; i < TAG_LENGTH; i++) {
            diff |= expected[i] ^ ciphertextAndTag[length + i];
        }
        if (diff != 0) {
            throw new AeadException("tag does not verify");
        }
        byte[] out = new byte[length];
        ctr(nonce, ciphertextAndTag, length, out);
        return out;
    }

    /** out[0..length) = in[0..length) XOR keystream from counter block 2 on. */
    private void ctr(byte[] nonce, byte[] in, int length, byte[] out) {
        System.arraycopy(nonce, 0, counter, 0, NONCE_LENGTH);
        int block = 2;
        for (int p = 0; p < length; p += 16) {
            Aes256.putInt(counter, 12, block++);
            aes.encryptBlock(counter, 0, keystream, 0);
            int n = Math.min(16, length - p);
            for (int i = 0; i < n; i++) {
                out[p + i] = (byte) (in[p + i] ^ keystream[i]);
            }
        }
    }

    /** Tag = E(K, J0) XOR GHASH(A, C), written to out[outOff..]. */
    private void tag(byte[] nonce, byte[] aad, byte[] ciphertext, int length, byte[] out, int outOff) {
        ghash.reset();
        ghash.update(aad, 0, aad.length);
        ghash.update(ciphertext, 0, length);
        ghash.lengths(aad.length, length);
        byte[] s = new byte[16];
        ghash.result(s);
        System.arraycopy(nonce, 0, counter, 0, NONCE_LENGTH);
        Aes256.putInt(counter, 12, 1);
        aes.encryptBlock(counter, 0, keystream, 0);
        for (int i = 0; i < TAG_LENGTH; i++) {
            out[outOff + i] = (byte) (s[i] ^ keystream[i]);
        }
    }

    private static void checkNonce(byte[] nonce) {
        if (nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("GCM nonce must be 12 bytes");
        }
    }
}
