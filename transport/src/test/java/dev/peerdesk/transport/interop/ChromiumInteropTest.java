package dev.peerdesk.transport.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.Channel;
import dev.peerdesk.transport.PeerConnection;
import dev.peerdesk.transport.PeerConnectionConfig;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Interop with headless Chromium's RTCPeerConnection, mDNS host candidates left on: the page offers an
 * ordered reliable channel and an unordered maxRetransmits:0 one; messages of 1 B, 16 KiB and 256 KiB,
 * 50 MB each way with equal SHA-256, channel close from either side, peer connection close.
 */
class ChromiumInteropTest {
    static final int BULK = 50 * 1024 * 1024;

    @Test
    void dataChannelsWithChromium() throws Exception {
        Recorder rec = new Recorder();
        try (Browser b = Browser.open(); PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), rec)) {
            BrowserSession.connect(b, pc, rec);
            Channel reliable = rec.open.get("reliable");
            Channel unreliable = rec.open.get("unreliable");
            assertTrue(reliable.ordered());
            assertFalse(unreliable.ordered());

            messagesBothWays(b, rec, reliable);
            unorderedBothWays(b, rec, unreliable);
            bulkJavaToChromium(b, reliable);
            bulkChromiumToJava(b, rec);

            unreliable.close();
            Browser.waitFor("page sees our close", Duration.ofSeconds(20),
                    () -> "closed".equals(b.js("return peer.state.unreliable")));
            Browser.waitFor("we see our close complete", Duration.ofSeconds(20),
                    () -> rec.closedChannels.contains("unreliable"));
            b.js("peer.channels.reliable.close()");
            Browser.waitFor("we see the page's close", Duration.ofSeconds(20),
                    () -> rec.closedChannels.contains("reliable"));
            assertFalse(reliable.isOpen());
            b.js("peer.pc.close()");
            Browser.waitFor("we see the page close the peer connection", Duration.ofSeconds(40),
                    () -> rec.closedReason != null);
        }
    }

    private static void messagesBothWays(Browser b, Recorder rec, Channel reliable) throws Exception {
        int[] sizes = {1, 16 * 1024, 256 * 1024};
        for (int n : sizes) {
            reliable.send(pattern(n));
        }
        reliable.send("hello");
        Browser.waitFor("page got 4 messages", Duration.ofSeconds(20),
                () -> ((List<?>) b.js("return peer.received.reliable")).size() == 4);
        List<?> got = (List<?>) b.js("return peer.received.reliable");
        for (int i = 0; i < sizes.length; i++) {
            assertEquals("b:" + sizes[i] + ":" + HexFormat.of().formatHex(pattern(sizes[i]), 0, Math.min(8, sizes[i])),
                    got.get(i));
        }
        assertEquals("s:hello", got.get(3));

        for (int n : sizes) {
            b.js("peer.send('reliable', 'b', arguments[0])", n);
        }
        Browser.waitFor("we got 3 messages", Duration.ofSeconds(20), () -> rec.messages("reliable").size() == 3);
        for (int i = 0; i < sizes.length; i++) {
            assertArrayEquals(pattern(sizes[i]), rec.messages("reliable").get(i), "message of " + sizes[i]);
        }
    }

    private static void unorderedBothWays(Browser b, Recorder rec, Channel unreliable) throws Exception {
        for (int i = 0; i < 20; i++) {
            unreliable.send(pattern(1000));
        }
        Browser.waitFor("page got unordered messages", Duration.ofSeconds(20),
                () -> !((List<?>) b.js("return peer.received.unreliable")).isEmpty());
        for (int i = 0; i < 20; i++) {
            b.js("peer.send('unreliable', 'b', 1000)");
        }
        Browser.waitFor("we got unordered messages", Duration.ofSeconds(20),
                () -> !rec.messages("unreliable").isEmpty());
        for (byte[] m : rec.messages("unreliable")) {
            assertArrayEquals(pattern(1000), m); // partial reliability may drop, never corrupt
        }
    }

    private static void bulkJavaToChromium(Browser b, Channel reliable) throws Exception {
        b.js("peer.expect('reliable', arguments[0])", BULK);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random r = new Random(7);
        byte[] chunk = new byte[256 * 1024];
        for (int sent = 0; sent < BULK; sent += chunk.length) {
            r.nextBytes(chunk);
            sha.update(chunk);
            Browser.waitFor("buffered amount drains", Duration.ofSeconds(30),
                    () -> reliable.bufferedAmount() < 4 * 1024 * 1024);
            reliable.send(chunk);
        }
        Browser.waitFor("page received 50 MB", Duration.ofSeconds(240), () -> b.js("return peer.sinkResult") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> res = (Map<String, Object>) b.js("return peer.sinkResult");
        assertEquals((long) BULK, ((Number) res.get("bytes")).longValue());
        assertEquals(HexFormat.of().formatHex(sha.digest()), res.get("sha"));
    }

    private static void bulkChromiumToJava(Browser b, Recorder rec) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        AtomicLong got = new AtomicLong();
        rec.sink = (ch, data) -> {
            sha.update(data);
            got.addAndGet(data.length);
        };
        b.js("peer.blast('reliable', arguments[0], 65536, 12345)", BULK);
        Browser.waitFor("we received 50 MB", Duration.ofSeconds(240),
                () -> got.get() >= BULK && b.js("return peer.blastResult") != null);
        rec.sink = null;
        @SuppressWarnings("unchecked")
        Map<String, Object> res = (Map<String, Object>) b.js("return peer.blastResult");
        assertNotNull(res);
        assertEquals((long) BULK, got.get());
        assertEquals(res.get("sha"), HexFormat.of().formatHex(sha.digest()));
    }

    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + n);
        }
        return b;
    }
}
