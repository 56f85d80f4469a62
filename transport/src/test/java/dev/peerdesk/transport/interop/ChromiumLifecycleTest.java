package dev.peerdesk.transport.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.Channel;
import dev.peerdesk.transport.PeerConnection;
import dev.peerdesk.transport.PeerConnectionConfig;
import dev.peerdesk.transport.sctp.SendOptions;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a connection with Chromium ends: our close, the browser vanishing, a forged fingerprint. */
class ChromiumLifecycleTest {

    @Test
    void ourCloseIsSeenByThePage() throws Exception {
        Recorder rec = new Recorder();
        try (Browser b = Browser.open(); PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), rec)) {
            BrowserSession.connect(b, pc, rec);
            pc.close();
            Browser.waitFor("page channels close", Duration.ofSeconds(30),
                    () -> "closed".equals(b.js("return peer.state.reliable"))
                            && "closed".equals(b.js("return peer.state.unreliable")));
            Browser.waitFor("we report closed", Duration.ofSeconds(10), () -> rec.closedReason != null);
            assertEquals("closed locally", rec.closedReason);
            assertTrue(rec.closedChannels.containsAll(List.of("reliable", "unreliable")), rec.closedChannels.toString());
        }
    }

    @Test
    void channelOpenedFromJava() throws Exception {
        Recorder rec = new Recorder();
        try (Browser b = Browser.open(); PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), rec)) {
            BrowserSession.connect(b, pc, rec);
            Channel files = pc.createChannel("files", true, SendOptions.RELIABLE);
            assertEquals(0, files.id() % 2, "the DTLS client (a=setup:active) takes even stream ids (RFC 8832 6)");
            Browser.waitFor("page sees our channel open", Duration.ofSeconds(20),
                    () -> "open".equals(b.js("return peer.state.files")));
            files.send("from java");
            Browser.waitFor("page gets its message", Duration.ofSeconds(20),
                    () -> List.of("s:from java").equals(b.js("return peer.received.files")));
            b.js("peer.channels.files.send('from page')");
            Browser.waitFor("we get the answer", Duration.ofSeconds(20), () -> rec.messages("files").size() == 1);
            assertEquals("from page", new String(rec.messages("files").get(0), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void vanishedBrowserIsNoticedByConsentFreshness() throws Exception {
        Recorder rec = new Recorder();
        PeerConnectionConfig cfg = PeerConnectionConfig.defaults().withTimeouts(30_000, 8_000);
        try (PeerConnection pc = PeerConnection.create(cfg, rec)) {
            try (Browser b = Browser.open()) {
                BrowserSession.connect(b, pc, rec);
            } // the browser process is killed: no SCTP ABORT, no close_notify, just silence
            Browser.waitFor("path declared dead", Duration.ofSeconds(60), () -> rec.closedReason != null);
            assertTrue(rec.closedReason.contains("consent") || rec.closedReason.contains("heartbeat"), rec.closedReason);
        }
    }

    @Test
    void offerWithAnotherFingerprintNeverOpens() throws Exception {
        Recorder rec = new Recorder();
        try (Browser b = Browser.open(); PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), rec)) {
            String offer = (String) b.await("peer.offer()");
            Matcher m = Pattern.compile("a=fingerprint:sha-256 ([0-9A-F]{2})").matcher(offer);
            assertTrue(m.find());
            String flipped = m.group(1).equals("00") ? "01" : "00";
            // a man in the middle swapped the fingerprint: DTLS must refuse the real certificate
            String forged = offer.substring(0, m.start(1)) + flipped + offer.substring(m.end(1));
            b.await("peer.answer(arguments[0])", pc.setRemoteOffer(forged));
            Browser.waitFor("DTLS refuses the peer", Duration.ofSeconds(60), () -> {
                try {
                    for (Object c : (List<?>) b.js("return peer.takeCandidates()")) {
                        pc.addRemoteCandidate((String) c);
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return rec.closedReason != null;
            });
            assertTrue(rec.closedReason.contains("fingerprint") || rec.closedReason.contains("certificate"),
                    rec.closedReason);
            assertTrue(rec.open.isEmpty(), "no channel may open");
        }
    }
}
