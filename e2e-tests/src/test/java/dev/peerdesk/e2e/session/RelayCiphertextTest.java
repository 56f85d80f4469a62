package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The relay forwards only ciphertext: a session forced through our relay (?relay=1) carries a known
 * text (the person's clipboard, pasted into the canvas) to the host, which receives it, while the
 * relay's own record of everything it forwarded (--capture-forwarded) holds no trace of it.
 */
class RelayCiphertextTest {
    @Test
    void aTextTheHostReceivesThroughTheRelayNeverAppearsInWhatTheRelayForwards() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(ClipboardTest.XCLIP)), "needs xclip (Debian package xclip)");
        Path capture = Files.createTempFile("peerdesk-relay-capture-", ".bin");
        try (Rig rig = Rig.start(new String[] {"--capture-forwarded", capture.toString()}, false);
                Browser b = new Browser()) {
            ClipboardTest.grantClipboard(b, rig.server.url());
            SessionTest.connected(b, rig.server.url() + "?relay=1", rig.desk);
            assertEquals("relay", b.await(SessionTest.WAIT, () -> {
                String p = b.body("data-path");
                return p == null || p.isEmpty() ? null : p;
            }));
            rig.desk.host().await("clipboard sync on", SessionTest.WAIT);
            String secret = "peerdesk-known-plaintext-" + System.nanoTime() + "-must-never-cross-the-relay-in-clear";
            long before = Files.size(capture);
            ClipboardTest.paste(b, secret);
            b.await(SessionTest.WAIT, () -> secret.equals(ClipboardTest.hostClipboardText(rig.desk)));

            byte[] forwarded = Files.readAllBytes(capture);
            byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
            // The record that carried the text is in the capture: it grew by at least the text's size.
            assertTrue(forwarded.length - before >= plain.length,
                    "the relay forwarded " + (forwarded.length - before) + " bytes while the text crossed");
            assertEquals(-1, indexOf(forwarded, plain), "the known text crossed the relay in clear");
            // The same check finds the text where it is in clear: the capture is searched correctly.
            byte[] planted = new byte[forwarded.length + plain.length];
            System.arraycopy(forwarded, 0, planted, 0, forwarded.length);
            System.arraycopy(plain, 0, planted, forwarded.length, plain.length);
            assertEquals(forwarded.length, indexOf(planted, plain));
        } finally {
            Files.deleteIfExists(capture);
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
