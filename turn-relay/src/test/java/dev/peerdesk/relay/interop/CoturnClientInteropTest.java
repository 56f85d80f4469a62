package dev.peerdesk.relay.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.peerdesk.relay.RelayConfig;
import dev.peerdesk.relay.TurnRelay;
import dev.peerdesk.relay.auth.Credentials;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * coturn's own client (turnutils_uclient) against our relay: UDP, TCP, TLS, Send indications,
 * client-to-client, static and REST credentials, zero loss; wrong or expired credentials fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoturnClientInteropTest {
    static final String SECRET = "interop-secret";
    private static final Pattern LOST = Pattern.compile("Total lost packets (\\d+) \\(");

    private Processes procs;
    private TurnRelay relay;
    private int port;
    private int peerPort;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Processes.onPath("turnutils_uclient") && Processes.onPath("turnutils_peer"),
                "coturn's turnutils_uclient/turnutils_peer not installed (apt-get install coturn)");
        procs = new Processes();
        RelayConfig c = new RelayConfig();
        c.listen = InetAddress.getLoopbackAddress();
        c.ports.add(0);
        c.tlsPorts.add(0);
        c.authSecret = SECRET;
        c.users.put("test", "test");
        c.allowLoopbackPeers = true;
        c.statsIntervalSeconds = 0;
        relay = TurnRelay.start(c);
        port = relay.ports().get(0);
        peerPort = Processes.freePort();
        procs.start(List.of("turnutils_peer", "-L", "127.0.0.1", "-p", String.valueOf(peerPort)));
    }

    @AfterAll
    void stop() throws Exception {
        if (relay != null) {
            relay.stop();
        }
        if (procs != null) {
            procs.close();
        }
    }

    private Processes.Result uclient(String user, String password, List<String> options, int serverPort) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("turnutils_uclient", "-p", String.valueOf(serverPort),
                "-u", user, "-w", password, "-e", "127.0.0.1", "-r", String.valueOf(peerPort),
                "-n", "100", "-l", "200", "-m", "3", "-z", "5"));
        cmd.addAll(options);
        cmd.add("127.0.0.1");
        return procs.run(cmd, 120);
    }

    private static void assertZeroLoss(Processes.Result r) {
        Matcher m = LOST.matcher(r.output());
        assertTrue(m.find(), "uclient finished a run:\n" + r.output());
        assertEquals("0", m.group(1), "lost packets:\n" + r.output());
        assertEquals(0, r.exit(), r.output());
    }

    @ParameterizedTest(name = "static user, options [{0}]")
    @ValueSource(strings = {"", "-t", "-s", "-y", "-t -s"})
    void staticUserZeroLoss(String options) throws Exception {
        assertZeroLoss(uclient("test", "test", split(options), port));
    }

    @ParameterizedTest(name = "REST user, options [{0}]")
    @ValueSource(strings = {"", "-t"})
    void restUserZeroLoss(String options) throws Exception {
        String user = (System.currentTimeMillis() / 1000 + 600) + ":host-42";
        assertZeroLoss(uclient(user, Credentials.restPassword(SECRET, user), split(options), port));
    }

    @Test
    void coturnsOwnRestSecretOption() throws Exception {
        List<String> cmd = List.of("turnutils_uclient", "-p", String.valueOf(port), "-W", SECRET, "-u", "host-7",
                "-e", "127.0.0.1", "-r", String.valueOf(peerPort), "-n", "100", "-l", "200", "-m", "2", "-z", "5",
                "127.0.0.1");
        assertZeroLoss(procs.run(cmd, 120));
    }

    @Test
    void tlsZeroLoss() throws Exception {
        assertZeroLoss(uclient("test", "test", List.of("-t", "-S"), relay.tlsPorts().get(0)));
    }

    @Test
    void wrongPasswordFails() throws Exception {
        Processes.Result r = uclient("test", "wrong", List.of("-n", "10"), port);
        assertNotEquals(0, r.exit());
        assertTrue(r.output().contains("Cannot complete Allocation"), r.output());
    }

    @Test
    void expiredRestUserFails() throws Exception {
        String user = (System.currentTimeMillis() / 1000 - 5) + ":host-42";
        Processes.Result r = uclient(user, Credentials.restPassword(SECRET, user), List.of("-n", "10"), port);
        assertNotEquals(0, r.exit());
        assertTrue(r.output().contains("Cannot complete Allocation"), r.output());
    }

    private static List<String> split(String options) {
        return options.isEmpty() ? List.of() : List.of(options.split(" "));
    }
}
