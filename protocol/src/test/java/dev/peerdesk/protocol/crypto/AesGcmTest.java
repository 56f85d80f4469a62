package dev.peerdesk.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AesGcmTest {
    /** FIPS 197 appendix C.3 (AES-256 single block). */
    @Test
    void fips197Block() {
        Aes256 aes = new Aes256(Hex.decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        byte[] out = new byte[16];
        aes.encryptBlock(Hex.decode("00112233445566778899aabbccddeeff"), 0, out, 0);
        assertEquals("8ea2b7ca516745bfeafc49904b496089", Hex.encode(out));
    }

    /** McGrew & Viega GCM spec, test cases 13-16 (AES-256). */
    @ParameterizedTest(name = "GCM test case {0}")
    @CsvSource({
        "13,0000000000000000000000000000000000000000000000000000000000000000,000000000000000000000000,'','','',"
            + "530f8afbc74536b9a963b4f1c4cb738b",
        "14,0000000000000000000000000000000000000000000000000000000000000000,000000000000000000000000,"
            + "00000000000000000000000000000000,'',cea7403d4d606b6e074ec5d3baf39d18,d0d1c8a799996bf0265b98b5d48ab919",
        "15,feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308,cafebabefacedbaddecaf888,"
            + "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525"
            + "b16aedf5aa0de657ba637b391aafd255,'',"
            + "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
            + "c5f61e6393ba7a0abcc9f662898015ad,b094dac5d93471bdec1a502270e3cc6c",
        "16,feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308,cafebabefacedbaddecaf888,"
            + "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525"
            + "b16aedf5aa0de657ba637b39,feedfacedeadbeeffeedfacedeadbeefabaddad2,"
            + "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
            + "c5f61e6393ba7a0abcc9f662,76fc6ece0f4e1768cddf8853bb2d551b",
    })
    void gcmSpecVectors(int n, String key, String iv, String plaintext, String aad, String ciphertext, String tag)
            throws AeadException {
        byte[] sealed = new AesGcm(Hex.decode(key)).seal(Hex.decode(iv), Hex.decode(aad), Hex.decode(plaintext));
        assertEquals(ciphertext + tag, Hex.encode(sealed));
        assertArrayEquals(Hex.decode(plaintext), new AesGcm(Hex.decode(key)).open(Hex.decode(iv), Hex.decode(aad), sealed));
    }

    @Test
    void matchesJcaOnRandomInputs() throws Exception {
        Random random = new Random(38_200);
        for (int i = 0; i < 1500; i++) {
            byte[] key = bytes(random, 32);
            byte[] nonce = bytes(random, 12);
            byte[] aad = bytes(random, random.nextInt(40));
            byte[] plain = bytes(random, random.nextInt(i < 1000 ? 100 : 5000));
            Cipher jca = Cipher.getInstance("AES/GCM/NoPadding");
            jca.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            jca.updateAAD(aad);
            byte[] expected = jca.doFinal(plain);
            AesGcm ours = new AesGcm(key);
            assertArrayEquals(expected, ours.seal(nonce, aad, plain), "case " + i);
            assertArrayEquals(plain, ours.open(nonce, aad, expected), "case " + i);
        }
    }

    @Test
    void anyAlterationFails() {
        Random random = new Random(1);
        AesGcm aead = new AesGcm(bytes(random, 32));
        byte[] nonce = bytes(random, 12);
        byte[] sealed = aead.seal(nonce, new byte[] {1, 2}, bytes(random, 33));
        for (int i = 0; i < sealed.length; i++) {
            byte[] bad = sealed.clone();
            bad[i] ^= 0x40;
            assertThrows(AeadException.class, () -> aead.open(nonce, new byte[] {1, 2}, bad));
        }
        assertThrows(AeadException.class, () -> aead.open(nonce, new byte[] {1, 3}, sealed));
        assertThrows(AeadException.class, () -> aead.open(nonce, new byte[0], new byte[15]));
    }

    static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
