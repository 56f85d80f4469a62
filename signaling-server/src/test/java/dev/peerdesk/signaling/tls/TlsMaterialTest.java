package dev.peerdesk.signaling.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsMaterialTest {
    @TempDir
    Path dir;

    @Test
    void selfSignedIsMadeOnceAndOperatorFilesLoad() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        TlsMaterial made = TlsMaterial.load(null, null, a, new SecureRandom());
        assertTrue(made.selfSigned());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a.resolve(TlsMaterial.SELF_KEY))));
        assertEquals(made.fingerprint(), TlsMaterial.load(null, null, a, new SecureRandom()).fingerprint(), "made once");

        TlsMaterial operator = TlsMaterial.load(a.resolve(TlsMaterial.SELF_CERT), a.resolve(TlsMaterial.SELF_KEY),
                dir.resolve("unused"), new SecureRandom());
        assertFalse(operator.selfSigned());
        assertEquals(made.fingerprint(), operator.fingerprint());
    }

    /** A throwaway key from {@code openssl ecparam -name prime256v1 -genkey -noout} (SEC1 form). */
    static final String OPENSSL_SEC1_KEY = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIIElqo3f/NicM9BuGtcDXI0QOqe/qUhAmbPQm7K+lDc7oAoGCCqGSM49
            AwEHoUQDQgAE4sCpRsYkWBwatrQ3ZvSUN2ZD5A7NHApWlpm52kUSm99JIJT2nEfC
            axoDYWaZWK9rDHq0poSyTK1QzHIT0viHgQ==
            -----END EC PRIVATE KEY-----
            """;

    /** "BEGIN EC PRIVATE KEY" (SEC1, as openssl writes it) works as well as PKCS#8. */
    @Test
    void readsOpensslSec1EcKeys() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        TlsMaterial.load(null, null, a, new SecureRandom());
        Path key = Files.writeString(dir.resolve("sec1.pem"), OPENSSL_SEC1_KEY);
        // The key does not match the certificate; loading still parses both (Jetty checks the pair).
        assertFalse(TlsMaterial.load(a.resolve(TlsMaterial.SELF_CERT), key, dir, new SecureRandom()).selfSigned());
    }

    @Test
    void refusesHalfAPairAndEmptyFiles() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThrows(IOException.class, () -> TlsMaterial.load(empty, null, dir, new SecureRandom()));
        assertThrows(IOException.class, () -> TlsMaterial.load(empty, empty, dir, new SecureRandom()));
    }
}
