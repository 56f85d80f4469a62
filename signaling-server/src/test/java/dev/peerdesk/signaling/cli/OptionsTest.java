package dev.peerdesk.signaling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.signaling.ServerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {
    @Test
    void parsesBothFormsAndRepeatedLists() {
        ServerConfig c = Options.parse(new String[] {"--port=8443", "--data-dir", "/tmp/x", "--bind", "127.0.0.1",
            "--turn-secret", "s", "--turn-url", "turn:a:5938?transport=udp", "--turn-url=turns:a:5349?transport=tcp",
            "--stun-url", "stun:a:3478", "--allow", "198.18.0.0/15,127.0.0.1", "--deny", "198.18.5.0/24",
            "--max-message-bytes", "4096", "--idle-timeout", "30"});
        assertEquals(8443, c.port());
        assertEquals(Path.of("/tmp/x"), c.dataDir());
        assertEquals("127.0.0.1", c.bind());
        assertEquals(List.of("turn:a:5938?transport=udp", "turns:a:5349?transport=tcp"), c.turnUrls());
        assertEquals(List.of("stun:a:3478"), c.stunUrls());
        assertEquals(2, c.allow().size());
        assertEquals(1, c.deny().size());
        assertEquals(4096, c.maxMessageBytes());
        assertEquals(30_000, c.idleTimeoutMillis());
    }

    @Test
    void helpDocumentsEveryOption() {
        assertNull(Options.parse(new String[] {"--data-dir", "x", "--help"}));
        for (String o : List.of("--data-dir", "--port", "--bind", "--tls-cert", "--tls-key", "--turn-secret",
                "--turn-url", "--stun-url", "--allow", "--deny", "--help")) {
            assertTrue(Options.HELP.contains(o), o);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port 8443", "--data-dir d --port 70000", "--data-dir d --turn-url http://x --turn-secret s",
        "--data-dir d --turn-url turn:x", "--data-dir d --tls-cert c", "--data-dir d --allow example.com",
        "--data-dir d --bogus 1", "--data-dir d --turn-secret=", "--data-dir", "--data-dir d stray"})
    void refusesBadCommandLines(String line) {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(line.split(" ")));
    }
}
