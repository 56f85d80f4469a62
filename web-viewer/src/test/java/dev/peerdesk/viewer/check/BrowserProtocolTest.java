package dev.peerdesk.viewer.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.record.Record;
import dev.peerdesk.protocol.record.RecordType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * protocol/ compiled by TeaVM runs the viewer's side in headless Chromium against the JVM host:
 * SRP-6a client (BigInt arithmetic, channel binding) vs our JVM SRP server, then AES-256-GCM
 * records both ways (pure-Java GCM in the browser, JCA on the JVM).
 */
class BrowserProtocolTest {
    static final Path CHECK_JS = Path.of("target/teavm/check/check.js");
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    static HeadlessChromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        Assumptions.assumeTrue(Files.isRegularFile(CHECK_JS), "skipped: run through Maven so TeaVM builds check.js");
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void browserClientAndJvmServerAgreeAndExchangeRecords() throws Exception {
        try (LoopbackHost host = new LoopbackHost(CHECK_JS, LoopbackHost.Setup.honest("open sesame", 1))) {
            String state = chromium.run(host.url(), TIMEOUT);
            assertEquals("done", state, "browser error: " + chromium.bodyAttribute("data-error")
                    + "; host failures: " + host.failures());
            assertEquals(List.of(), host.failures());
            assertEquals(Hex.encode(host.keys().hostToViewer()) + Hex.encode(host.keys().viewerToHost()),
                    chromium.bodyAttribute("data-key"));
            // localhost is a secure context: the viewer's records go through WebCrypto, and the
            // pure-Java GCM compiled to JS agrees with it byte for byte.
            assertEquals("webcrypto", chromium.bodyAttribute("data-aead"));
            assertEquals("true", chromium.bodyAttribute("data-gcm-agree"));

            // The browser echoed each record it decrypted, then a pointer event and CLOSE.
            List<byte[]> sent = host.sentPlaintexts();
            List<Record> back = host.received();
            assertEquals(sent.size() + 2, back.size());
            for (int i = 0; i < sent.size(); i++) {
                assertArrayEquals(sent.get(i), back.get(i).plaintext(), "record " + i);
                assertEquals(i, back.get(i).sequence());
            }
            assertArrayEquals(MessageCodec.encode(new PointerEvent(PointerEvent.DOWN, 0, 640, 480)),
                    back.get(sent.size()).plaintext());
            assertEquals(RecordType.CLOSE, back.get(sent.size() + 1).type());
        }
    }

    @Test
    void wrongPasswordIsRefusedByTheHost() throws Exception {
        LoopbackHost.Setup honest = LoopbackHost.Setup.honest("right", 1);
        LoopbackHost.Setup setup = new LoopbackHost.Setup(honest.hostId(), "right", "wrong", honest.hostKey(),
                honest.viewerFpSeenByViewer(), honest.hostFpSeenByViewer(), honest.viewerFpSeenByHost(),
                honest.hostFpSeenByHost(), 1);
        try (LoopbackHost host = new LoopbackHost(CHECK_JS, setup)) {
            assertEquals("failed", chromium.run(host.url(), TIMEOUT));
            assertTrue(chromium.bodyAttribute("data-error").contains("AUTHENTICATION_FAILED"),
                    chromium.bodyAttribute("data-error"));
            assertEquals(List.of("AUTHENTICATION_FAILED: wrong password"), host.failures());
            assertNull(host.keys());
        }
    }

    @Test
    void swappedFingerprintFailsEvenWithTheRightPassword() throws Exception {
        LoopbackHost.Setup honest = LoopbackHost.Setup.honest("right", 1);
        String attacker = "sha-256 66:66:66:66";
        LoopbackHost.Setup mitm = new LoopbackHost.Setup(honest.hostId(), "right", "right", honest.hostKey(),
                honest.viewerFpSeenByViewer(), attacker, attacker, honest.hostFpSeenByHost(), 1);
        try (LoopbackHost host = new LoopbackHost(CHECK_JS, mitm)) {
            assertEquals("failed", chromium.run(host.url(), TIMEOUT));
            // The host sees the viewer's transcript differ before any password is tried: interception,
            // told to the person as such, and not counted as a wrong password.
            assertTrue(chromium.bodyAttribute("data-error").contains("POSSIBLE_INTERCEPTION"),
                    chromium.bodyAttribute("data-error"));
            assertEquals(1, host.failures().size());
            assertTrue(host.failures().get(0).startsWith("POSSIBLE_INTERCEPTION"), host.failures().toString());
            assertNull(host.keys());
        }
    }
}
