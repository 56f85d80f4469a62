package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.transport.ice.IceServers;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's RTCIceServer list as the transport's settings. */
class IceConfigTest {
    @Test
    void firstStunAndFirstUdpTurnWithTheirCredentials() {
        IceServers s = IceConfig.from(List.of(
                new JsonObject().put("urls", List.of("stun:127.0.0.1:3478", "stun:127.0.0.2")),
                new JsonObject().put("urls", List.of("turn:127.0.0.1:5349?transport=tcp", "turn:127.0.0.1:5938?transport=udp"))
                        .put("username", "1800000000:s").put("credential", "pw")));
        assertEquals(new InetSocketAddress("127.0.0.1", 3478), s.stun());
        assertEquals(new InetSocketAddress("127.0.0.1", 5938), s.turn());
        assertEquals("1800000000:s", s.turnUsername());
        assertEquals("pw", s.turnPassword());
    }

    @Test
    void turnWithoutCredentialsAndJunkAreSkipped() {
        IceServers s = IceConfig.from(List.of("junk", new JsonObject().put("urls", "stun:x"),
                new JsonObject().put("urls", List.of("turn:127.0.0.1"))));
        assertNull(s.stun());
        assertNull(s.turn());
        assertEquals(IceServers.NONE, IceConfig.from(List.of()));
        assertEquals(new InetSocketAddress("127.0.0.1", 3478),
                IceConfig.from(List.of(new JsonObject().put("urls", List.of("turn:127.0.0.1")).put("username", "u")
                        .put("credential", "p"))).turn());
    }
}
