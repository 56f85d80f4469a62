package dev.peerdesk.transport.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.PeerConnection;
import dev.peerdesk.transport.PeerConnectionConfig;
import dev.peerdesk.transport.ice.Coturn;
import dev.peerdesk.transport.ice.IceServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Chromium restricted to relayed candidates (iceTransportPolicy 'relay') reaches us through coturn. */
class ChromiumRelayTest {

    @Test
    void connectsThroughTurn() throws Exception {
        Recorder rec = new Recorder();
        try (Coturn turn = Coturn.start(); Browser b = Browser.open();
             PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults().withIceServers(
                     IceServers.turn(turn.address(), Coturn.USER, Coturn.PASSWORD)), rec)) {
            Map<String, Object> config = Map.of("iceTransportPolicy", "relay", "iceServers", List.of(Map.of(
                    "urls", "turn:127.0.0.1:" + turn.port + "?transport=udp",
                    "username", Coturn.USER, "credential", Coturn.PASSWORD)));
            BrowserSession.connect(b, pc, rec, config);
            String ice = rec.log.stream().filter(l -> l.startsWith("ice ")).findFirst().orElseThrow();
            // the page can only send from its relayed address: we see it as 127.0.0.1:<coturn relay port>
            Matcher m = Pattern.compile("<-> \\w+ 127\\.0\\.0\\.1:(\\d+)").matcher(ice);
            assertTrue(m.find(), ice);
            int port = Integer.parseInt(m.group(1));
            assertTrue(port >= turn.minRelayPort && port <= turn.maxRelayPort, ice);

            rec.open.get("reliable").send(ChromiumInteropTest.pattern(16 * 1024));
            Browser.waitFor("page gets a message through the relay", Duration.ofSeconds(20),
                    () -> ((List<?>) b.js("return peer.received.reliable")).size() == 1);
            b.js("peer.send('reliable', 'b', 16384)");
            Browser.waitFor("we get one back", Duration.ofSeconds(20), () -> rec.messages("reliable").size() == 1);
            assertArrayEquals(ChromiumInteropTest.pattern(16 * 1024), rec.messages("reliable").get(0));
        }
    }
}
