package dev.peerdesk.protocol.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlTest {
    /** RFC 4648 section 10 vectors, unpadded. */
    @ParameterizedTest
    @CsvSource({"'',''", "f,Zg", "fo,Zm8", "foo,Zm9v", "foob,Zm9vYg", "fooba,Zm9vYmE", "foobar,Zm9vYmFy"})
    void rfc4648Vectors(String plain, String encoded) {
        assertEquals(encoded, Base64Url.encode(plain.getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(plain.getBytes(StandardCharsets.US_ASCII), Base64Url.decode(encoded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zg==", "Z", "Zm9v=", "Zm+v", "Zm/v", "Zm 9", "Zh", "Zm9", "é"})
    void rejectsNonCanonicalText(String text) {
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode(text));
    }

    @Test
    void agreesWithJdkOnRandomData() {
        Random r = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[r.nextInt(70)];
            r.nextBytes(b);
            String e = Base64Url.encode(b);
            assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(b), e);
            assertArrayEquals(b, Base64Url.decode(e));
        }
    }
}
