package dev.peerdesk.transport.interop;

import static dev.peerdesk.transport.interop.ChromiumInteropTest.pattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.peerdesk.transport.Channel;
import dev.peerdesk.transport.PeerConnection;
import dev.peerdesk.transport.PeerConnectionConfig;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Interop with a second, independent implementation: libdatachannel + usrsctp (node-datachannel) as the
 * offerer, non-mDNS candidates, same checks as with Chromium on a 5 MB transfer.
 */
class NodeDataChannelInteropTest {
    static final int BULK = 5 * 1024 * 1024;

    @Test
    void dataChannelsWithLibdatachannel() throws Exception {
        Recorder rec = new Recorder();
        try (NodePeer node = NodePeer.start(); PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), rec)) {
            Map<String, Object> offer = node.await("offer", 30, e -> "description".equals(e.get("ev")));
            String answer = pc.setRemoteOffer((String) offer.get("sdp"));
            node.command(Map.of("cmd", "answer", "sdp", answer));
            int[] fed = {0, 0};
            Browser.waitFor("both channels open on both sides", Duration.ofSeconds(60), () -> {
                var remote = node.events("candidate");
                try {
                    while (fed[0] < remote.size()) {
                        pc.addRemoteCandidate((String) remote.get(fed[0]++).get("candidate"));
                    }
                    while (fed[1] < rec.localCandidates.size()) {
                        node.command(Map.of("cmd", "candidate", "candidate", rec.localCandidates.get(fed[1]++), "mid", "0"));
                    }
                } catch (Exception ex) {
                    throw new AssertionError(ex);
                }
                return rec.open.size() == 2 && node.events("open").size() == 2;
            });
            Channel reliable = rec.open.get("reliable");
            Channel unreliable = rec.open.get("unreliable");
            assertFalse(unreliable.ordered());

            int[] sizes = {1, 16 * 1024, 256 * 1024};
            for (int n : sizes) {
                reliable.send(pattern(n));
            }
            Browser.waitFor("node got 3 messages", Duration.ofSeconds(20), () -> node.events("message").size() == 3);
            for (int i = 0; i < sizes.length; i++) {
                assertEquals(HexFormat.of().formatHex(pattern(sizes[i])), node.events("message").get(i).get("hex"));
            }
            for (int n : sizes) {
                node.command(Map.of("cmd", "send", "label", "reliable", "hex", HexFormat.of().formatHex(pattern(n))));
            }
            node.command(Map.of("cmd", "text", "label", "reliable", "text", "hello"));
            Browser.waitFor("we got 4 messages", Duration.ofSeconds(20), () -> rec.messages("reliable").size() == 4);
            for (int i = 0; i < sizes.length; i++) {
                assertArrayEquals(pattern(sizes[i]), rec.messages("reliable").get(i));
            }
            assertEquals("hello", new String(rec.messages("reliable").get(3), java.nio.charset.StandardCharsets.UTF_8));

            for (int i = 0; i < 10; i++) {
                unreliable.send(pattern(500));
                node.command(Map.of("cmd", "send", "label", "unreliable", "hex", HexFormat.of().formatHex(pattern(500))));
            }
            node.await("an unordered message", 20, e -> "message".equals(e.get("ev")) && "unreliable".equals(e.get("label")));
            Browser.waitFor("we got unordered messages", Duration.ofSeconds(20), () -> !rec.messages("unreliable").isEmpty());
            for (byte[] m : rec.messages("unreliable")) {
                assertArrayEquals(pattern(500), m);
            }

            // bulk Java -> node
            node.command(Map.of("cmd", "expect", "label", "reliable", "total", BULK));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Random r = new Random(11);
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent < BULK; sent += chunk.length) {
                r.nextBytes(chunk);
                sha.update(chunk);
                Browser.waitFor("buffered amount drains", Duration.ofSeconds(30), () -> reliable.bufferedAmount() < 1 << 22);
                reliable.send(chunk);
            }
            Map<String, Object> got = node.await("node received the bulk", 120, e -> "expected".equals(e.get("ev")));
            assertEquals((long) BULK, ((Number) got.get("bytes")).longValue());
            assertEquals(HexFormat.of().formatHex(sha.digest()), got.get("sha"));

            // bulk node -> Java
            MessageDigest sha2 = MessageDigest.getInstance("SHA-256");
            AtomicLong received = new AtomicLong();
            rec.sink = (ch, data) -> {
                sha2.update(data);
                received.addAndGet(data.length);
            };
            node.command(Map.of("cmd", "blast", "label", "reliable", "total", BULK, "chunk", 65536));
            Map<String, Object> blasted = node.await("node sent the bulk", 120, e -> "blasted".equals(e.get("ev")));
            Browser.waitFor("we received the bulk", Duration.ofSeconds(120), () -> received.get() >= BULK);
            rec.sink = null;
            assertEquals((long) BULK, received.get());
            assertEquals(blasted.get("sha"), HexFormat.of().formatHex(sha2.digest()));

            unreliable.close();
            node.await("node sees our close", 20, e -> "close".equals(e.get("ev")) && "unreliable".equals(e.get("label")));
            Browser.waitFor("our close completes", Duration.ofSeconds(20), () -> rec.closedChannels.contains("unreliable"));
            node.command(Map.of("cmd", "close", "label", "reliable"));
            Browser.waitFor("we see node's close", Duration.ofSeconds(20), () -> rec.closedChannels.contains("reliable"));
            node.command(Map.of("cmd", "closepc"));
            Browser.waitFor("we see node close the peer connection", Duration.ofSeconds(40), () -> rec.closedReason != null);
        }
    }
}
