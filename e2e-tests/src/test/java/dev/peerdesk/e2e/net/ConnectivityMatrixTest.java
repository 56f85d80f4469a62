package dev.peerdesk.e2e.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.peerdesk.e2e.session.Browser;
import dev.peerdesk.e2e.session.Desk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 8's connectivity matrix on real kernel NAT: the real signaling server and relay on the WAN,
 * the real host jar (own Xvfb) in a LAN behind a router namespace, and the real viewer page in
 * headless Chromium in another namespace. Each row connects, reads the candidate pair Chromium
 * selected from getStats and checks the row's "must"; the table goes to target/connectivity-matrix.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectivityMatrixTest {
    /** The stage a row must reach: the password checked both ways, the session open. */
    static final String REACHED = "connected";
    private static final Duration CONNECT = Duration.ofSeconds(45);

    private Topology topology;
    private Wan wan;
    private Desk desk;
    private Desk symmetricDesk;
    private Topology.Lan hostLan;
    private final MatrixReport report = new MatrixReport();

    @BeforeAll
    void build() throws Exception {
        assumeTrue(Topology.available(), "the connectivity matrix needs root with ip and iptables: skipped");
        assumeTrue(Browser.available(), "the connectivity matrix needs /usr/bin/chromium and /usr/bin/chromedriver");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "the connectivity matrix needs Xvfb");
        topology = new Topology();
        wan = new Wan(topology);
        report.note("Each row: the real viewer page in headless Chromium (in the viewer's namespace) connects to the"
                + " real host jar (own Xvfb, in the host's namespace) until the stage \"" + REACHED + "\"; connect time"
                + " runs from the Connect click to that stage. The path is the pair Chromium's getStats reports as"
                + " selected once no better pair is still being checked. Signaling server (HTTPS/WSS on "
                + wan.signalingAddress + ":443) and relay (" + wan.relayAddress + ") run in the WAN namespace.");
        report.note("ICE servers handed to both peers, in the seeds' order (checked in every row): "
                + String.join(", ", wan.iceUrls()) + ".");
        hostLan = topology.addLan(Router.NAT);
        desk = deskIn(topology.addEndpoint("host", hostLan));
        symmetricDesk = deskIn(topology.addEndpoint("hostsym", topology.addLan(Router.SYMMETRIC_NAT)));
    }

    private Desk deskIn(Topology.Endpoint e) throws Exception {
        return new Desk(List.of(Topology.exec(e.namespace())), wan.serverUrl(), wan.signaling.fingerprint());
    }

    @AfterAll
    void tearDown() throws Exception {
        try {
            if (topology != null) {
                report.write();
            }
        } finally {
            closeAll(symmetricDesk, desk, wan);
            if (topology != null) {
                topology.close();
                assertTrue(topology.liveNamespaces().isEmpty(), "namespaces left behind");
            }
        }
    }

    @Test
    @Order(1)
    void sameLanGoesDirectBetweenHostCandidates() throws Exception {
        row("host and viewer on the same LAN", Must.DIRECT_HOST, topology.addEndpoint("vsame", hostLan), desk);
    }

    @Test
    @Order(2)
    void hostBehindNatViewerOnWanGoesDirect() throws Exception {
        row("host behind NAT (MASQUERADE), viewer on the WAN", Must.DIRECT, topology.addWanEndpoint("vwan"), desk);
    }

    @Test
    @Order(3)
    void bothBehindNatGoDirectThroughReflexiveCandidates() throws Exception {
        row("both behind NAT (MASQUERADE)", Must.DIRECT_REFLEXIVE,
                topology.addEndpoint("vnat", topology.addLan(Router.NAT)), desk);
    }

    @Test
    @Order(4)
    void bothBehindSymmetricNatRelayOverUdp() throws Exception {
        row("both behind symmetric NAT (MASQUERADE --random-fully)", Must.RELAY_UDP,
                topology.addEndpoint("vsym", topology.addLan(Router.SYMMETRIC_NAT)), symmetricDesk);
    }

    @Test
    @Order(5)
    void udpDroppedAtTheViewerRelaysOverTcp() throws Exception {
        row("UDP dropped at the viewer's router", Must.RELAY_TCP,
                topology.addEndpoint("vnoudp", topology.addLan(Router.NAT_UDP_BLOCKED)), desk);
    }

    @Test
    @Order(6)
    void onlyTcp443AtTheViewerRelaysOverTlsOn443() throws Exception {
        row("only TCP 443 open at the viewer's router", Must.RELAY_TLS_443,
                topology.addEndpoint("v443", topology.addLan(Router.NAT_ONLY_TCP_443)), desk);
    }

    @Test
    @Order(7)
    void onlyHttpsToTheServerGoesThroughTheTunnel() throws Exception {
        Topology.Lan lan = topology.addLan(Router.NAT_ONLY_TCP_443);
        topology.dropTo(lan, wan.relayAddress);
        row("only HTTPS to the signaling server (no relay port reachable)", Must.TUNNEL,
                topology.addEndpoint("vhttps", lan), desk);
    }

    private void row(String topologyName, Must must, Topology.Endpoint viewer, Desk host) throws Exception {
        int passwords = host.host().count("^One-time password: ");
        Attempt a;
        try {
            a = Attempt.run(viewer.namespace(), wan.signaling.url(), host, REACHED, CONNECT);
        } catch (Exception | AssertionError e) {
            report.add(new MatrixReport.Row(topologyName, must, "-", "-", "FAIL: " + e));
            throw e;
        }
        String time = a.millis() >= 0 ? a.millis() + " ms" : "-";
        String path = a.tunnelled() ? "HTTPS tunnel through the signaling server (no ICE pair)"
                : a.path() == null ? "-" : a.path().describe();
        String why = !REACHED.equals(a.stage()) ? "stage " + a.stage() + (a.error() == null ? "" : ": " + a.error())
                : must.violation(a);
        report.add(new MatrixReport.Row(topologyName, must, path, time, why == null ? "ok" : "FAIL: " + why));
        System.out.println("matrix: " + topologyName + ": stage " + a.stage() + " after " + time + ", pair settled "
                + a.settled() + " " + a.settleMillis() + " ms later: " + path);
        try {
            if (!a.tunnelled() || !a.iceUrls().isEmpty()) { // a forced tunnel makes no peer connection
                assertEquals(wan.iceUrls(), a.iceUrls(), "ICE servers must reach the viewer in the seeds' order");
            }
            assertTrue(why == null, topologyName + ": " + why + "\nhost:\n" + tail(host.host().output())
                    + "\nsignaling server:\n" + tail(wan.signaling.proc.output()));
        } finally {
            if ("connected".equals(a.stage())) {
                // A completed session rotates the one-time password: the next row needs the new one.
                host.awaitPasswordAfter(passwords);
            }
        }
    }

    /** The host's own lines (ice4j's INFO logging left out), the last 6000 characters. */
    private static String tail(String s) {
        String own = s.lines().filter(l -> !l.startsWith("INFO: ") && !l.matches("^[A-Z][a-z]{2} \\d+, \\d{4} .*"))
                .collect(java.util.stream.Collectors.joining("\n"));
        return own.length() <= 6000 ? own : own.substring(own.length() - 6000);
    }

    private static void closeAll(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // keep closing the others
                }
            }
        }
    }
}
