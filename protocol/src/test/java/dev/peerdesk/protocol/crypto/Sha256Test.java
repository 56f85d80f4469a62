package dev.peerdesk.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA256ShortMsg"/"LongMsg").
        "empty,'',e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "one block abc,abc,ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "two blocks,abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq,"
            + "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        "FIPS long,abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu,"
            + "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    })
    void fipsVectors(String name, String message, String digest) {
        assertEquals(digest, Hex.encode(Sha256.hash(message.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void millionAs() {
        Sha256 h = new Sha256();
        byte[] chunk = new byte[1000];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 1000; i++) {
            h.update(chunk);
        }
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Hex.encode(h.digest()));
    }

    @Test
    void matchesJcaOnRandomInputsAndSplits() throws Exception {
        Random random = new Random(20261122);
        MessageDigest jca = MessageDigest.getInstance("SHA-256");
        Sha256 ours = new Sha256();
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[random.nextInt(i < 300 ? 200 : 5000)];
            random.nextBytes(data);
            int pos = 0;
            while (pos < data.length) {
                int n = Math.min(data.length - pos, random.nextInt(130));
                ours.update(data, pos, n);
                pos += n;
            }
            assertArrayEquals(jca.digest(data), ours.digest(), "input " + i + " length " + data.length);
        }
    }
}
