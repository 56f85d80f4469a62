package dev.peerdesk.transport.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peerdesk.transport.PeerConnection;
import dev.peerdesk.transport.PeerConnectionConfig;
import dev.peerdesk.transport.sdp.OfferParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ICE restart (RFC 8445 section 9) from the page: new credentials, new pair, same DTLS and channels. */
class ChromiumRestartTest {

    @Test
    void iceRestartKeepsTheChannels() throws Exception {
        Recorder rec = new Recorder();
        try (Browser b = Browser.open(); PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), rec)) {
            BrowserSession.connect(b, pc, rec);
            rec.open.get("reliable").send(ChromiumInteropTest.pattern(1000));
            Browser.waitFor("message before restart", Duration.ofSeconds(20),
                    () -> ((List<?>) b.js("return peer.received.reliable")).size() == 1);

            String reoffer = (String) b.await("peer.restart()");
            String answer = pc.setRemoteOffer(reoffer);
            assertNotEquals(OfferParser.parse(reoffer).iceUfrag(), OfferParser.parse(answer).iceUfrag());
            b.await("peer.answer(arguments[0])", answer);
            BrowserSession.exchangeUntil(b, pc, rec, "a second ICE connection",
                    () -> rec.log.stream().filter(l -> l.startsWith("ice ")).count() == 2);

            rec.open.get("reliable").send(ChromiumInteropTest.pattern(2000));
            Browser.waitFor("message after restart", Duration.ofSeconds(20),
                    () -> ((List<?>) b.js("return peer.received.reliable")).size() == 2);
            b.js("peer.send('reliable', 'b', 3000)");
            Browser.waitFor("message back after restart", Duration.ofSeconds(20),
                    () -> rec.messages("reliable").size() == 1);
            assertArrayEquals(ChromiumInteropTest.pattern(3000), rec.messages("reliable").get(0));
            assertEquals("open", b.js("return peer.state.reliable"));
            assertNull(rec.closedReason);
        }
    }
}
