package dev.peerdesk.host.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AwtClipboardTest {
    @ParameterizedTest
    @CsvSource({":1, :1", ":1.0, :1", "unix:1, :1", "unix:1.0, :1", "localhost:10.0, localhost:10", ":1.1, :1.1"})
    void displayNamesOfTheSameScreenAreOne(String name, String normal) {
        assertEquals(normal, AwtClipboard.normalize(name));
    }

    @Test
    void anotherDisplayThanAwtsIsRefusedSayingHowToFixIt() {
        // AWT always opens $DISPLAY: a host sharing another display must not move text on this one.
        String other = ":4242".equals(AwtClipboard.normalize(System.getenv("DISPLAY"))) ? ":4243" : ":4242";
        ClipboardException e = assertThrows(ClipboardException.class, () -> AwtClipboard.forDisplay(other));
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("DISPLAY=" + other), e.getMessage());
    }
}
