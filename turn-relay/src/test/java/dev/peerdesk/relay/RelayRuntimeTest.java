package dev.peerdesk.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.StunFrame;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HexFormat;
import org.ice4j.attribute.XorMappedAddressAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The running relay: Binding over UDP and TCP, garbage survived, /metrics, the command line's errors. */
class RelayRuntimeTest {
    private static final byte[] TID = HexFormat.of().parseHex("0102030405060708090a0b0c");
    private static final byte[] BINDING = HexFormat.of().parseHex("000100002112a442" + "0102030405060708090a0b0c");
    private TurnRelay relay;

    @BeforeEach
    void start() throws Exception {
        RelayConfig c = new RelayConfig();
        c.listen = InetAddress.getLoopbackAddress();
        c.ports.add(0);
        c.ports.add(0);
        c.users.put("u", "p");
        c.metricsPort = 0;
        c.statsIntervalSeconds = 0;
        relay = TurnRelay.start(c);
    }

    @AfterEach
    void stop() {
        relay.stop();
    }

    private static void assertMapped(byte[] response, int len, InetSocketAddress expected) throws Exception {
        StunFrame f = StunFrame.parse(response, 0, len);
        assertEquals(0x0101, f.type());
        assertEquals(expected, ((XorMappedAddressAttribute) f.first(AttributeTypes.XOR_MAPPED_ADDRESS)).getAddress(TID));
    }

    @Test
    void bindingOnEveryUdpListenerSurvivingGarbage() throws Exception {
        assertEquals(2, relay.ports().size());
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            s.setSoTimeout(10_000);
            for (int port : relay.ports()) {
                InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
                for (byte[] junk : new byte[][] {new byte[0], {0x40}, {0x00, 0x01, 0x00, 0x04}, new byte[1500]}) {
                    s.send(new DatagramPacket(junk, junk.length, server));
                }
                s.send(new DatagramPacket(BINDING, BINDING.length, server));
                DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
                s.receive(p);
                assertMapped(p.getData(), p.getLength(), (InetSocketAddress) s.getLocalSocketAddress());
            }
        }
    }

    @Test
    void bindingOverTcpAndGarbageClosesTheConnection() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), relay.ports().get(1))) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(Arrays.copyOf(BINDING, 7)); // split across writes: the framer waits for the rest
            out.flush();
            out.write(Arrays.copyOfRange(BINDING, 7, BINDING.length));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] header = in.readNBytes(20);
            int len = ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
            byte[] whole = Arrays.copyOf(header, 20 + len);
            System.arraycopy(in.readNBytes(len), 0, whole, 20, len);
            assertMapped(whole, whole.length, (InetSocketAddress) s.getLocalSocketAddress());
            out.write(new byte[] {(byte) 0xFF, 0, 0, 0});
            out.flush();
            assertEquals(-1, in.read(), "not TURN: the relay hangs up");
        }
    }

    @Test
    void metricsCountWhatHappened() throws Exception {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            s.setSoTimeout(10_000);
            s.send(new DatagramPacket(BINDING, BINDING.length, InetAddress.getLoopbackAddress(), relay.ports().get(0)));
            s.receive(new DatagramPacket(new byte[1500], 1500));
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + relay.metricsPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("peerdesk_relay_requests_total 1\n"), r.body());
        assertTrue(r.body().contains("peerdesk_relay_allocations 0\n"), r.body());
    }

    @Test
    void commandLineRefusesWhatCannotRun() {
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--port", "3478"}),
                "no credentials: an open relay");
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--user", "x:y", "--port", "70000"}));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--user", "x:y", "--denied-peer", "example.com/8"}));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--user", "x:y", "--tls-cert", "a.pem"}));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--user", "x:y", "--bogus", "1"}));
    }

    @Test
    void commandLineParsesEveryOption() throws Exception {
        RelayConfig c = CommandLine.parse(new String[] {"--listen", "127.0.0.1", "--port", "3478,5938", "--port=3479",
                "--realm", "r", "--auth-secret", "s", "--user", "a:b:c", "--relay-ip", "127.0.0.2",
                "--min-port", "50000", "--max-port", "50100", "--allow-loopback-peers", "--denied-peer", "203.0.113.0/24",
                "--allowed-peer", "198.18.0.0/15", "--max-allocations-per-user", "3", "--max-bps-per-allocation", "800000",
                "--tls-port", "5349", "--metrics-port", "9100", "--stats-interval", "0",
                "--capture-forwarded", "/tmp/relay-capture.bin"});
        assertEquals(java.util.List.of(3478, 5938, 3479), c.ports);
        assertEquals("b:c", c.users.get("a"));
        assertEquals(3, c.maxAllocationsPerUser);
        assertEquals(800000, c.maxBpsPerAllocation);
        assertTrue(c.allowLoopbackPeers);
        assertEquals(java.util.List.of(5349), c.tlsPorts);
        assertEquals(java.nio.file.Path.of("/tmp/relay-capture.bin"), c.captureForwarded);
    }
}
