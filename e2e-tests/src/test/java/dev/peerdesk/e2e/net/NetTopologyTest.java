package dev.peerdesk.e2e.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shows that each {@link Router} kind behaves as the connectivity matrix needs, on real kernel NAT:
 * the address a server observes, per-destination port mapping, and what the router lets through.
 */
class NetTopologyTest {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String CLASSES = Path.of("target", "test-classes").toAbsolutePath().toString();

    private static Topology topology;
    private static final List<Process> processes = new ArrayList<>();
    private static String s1;
    private static String s2;
    private static String s3;

    @BeforeAll
    static void build() throws IOException {
        assumeTrue(Topology.available(), "network namespaces need root with ip and iptables: skipped");
        topology = new Topology();
        s1 = topology.addServerAddress();
        s2 = topology.addServerAddress();
        s3 = topology.addServerAddress();
        for (String s : List.of(s1, s2, s3)) {
            start(topology.wan(), "udp-reflect", s, "3478");
        }
        start(topology.wan(), "tcp-reflect", s1, "3478");
        start(topology.wan(), "tcp-reflect", s1, "443");
        start(topology.wan(), "tcp-reflect", s2, "443");
    }

    @AfterAll
    static void tearDown() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        if (topology != null) {
            topology.close();
            assertTrue(topology.liveNamespaces().isEmpty(), "namespaces left behind");
        }
    }

    @Test
    void natMapsToTheRouterWithOnePortForEveryDestination() throws IOException {
        Topology.Lan lan = topology.addLan(Router.NAT);
        Topology.Endpoint e = topology.addEndpoint("nat", lan);
        List<String> seen = ask(e, "udp-ask", s1 + ":3478", s2 + ":3478");
        assertEquals(seen.get(0), seen.get(1), "endpoint-independent mapping expected");
        assertTrue(seen.get(0).startsWith(lan.publicAddress() + ":"), seen.toString());
    }

    @Test
    void symmetricNatGivesANewPortPerDestination() throws IOException {
        Topology.Lan lan = topology.addLan(Router.SYMMETRIC_NAT);
        Topology.Endpoint e = topology.addEndpoint("sym", lan);
        List<String> seen = ask(e, "udp-ask", s1 + ":3478", s2 + ":3478", s3 + ":3478");
        for (String s : seen) {
            assertTrue(s.startsWith(lan.publicAddress() + ":"), seen.toString());
        }
        assertTrue(new HashSet<>(seen).size() > 1, "per-destination ports expected: " + seen);
    }

    @Test
    void udpBlockedRouterLetsTcpThrough() throws IOException {
        Topology.Lan lan = topology.addLan(Router.NAT_UDP_BLOCKED);
        Topology.Endpoint e = topology.addEndpoint("noudp", lan);
        assertEquals(List.of("timeout"), ask(e, "udp-ask", s1 + ":3478"));
        assertTrue(ask(e, "tcp-ask", s1 + ":3478").get(0).startsWith(lan.publicAddress() + ":"));
    }

    @Test
    void only443RouterLetsOnlyTcp443Through() throws IOException {
        Topology.Lan lan = topology.addLan(Router.NAT_ONLY_TCP_443);
        Topology.Endpoint e = topology.addEndpoint("only443", lan);
        assertTrue(ask(e, "tcp-ask", s1 + ":443").get(0).startsWith(lan.publicAddress() + ":"));
        assertEquals(List.of("timeout"), ask(e, "tcp-ask", s1 + ":3478"));
        assertEquals(List.of("timeout"), ask(e, "udp-ask", s1 + ":3478"));
    }

    @Test
    void droppedServerIsUnreachableWhileTheOtherStillAnswersOn443() throws IOException {
        Topology.Lan lan = topology.addLan(Router.NAT_ONLY_TCP_443);
        topology.dropTo(lan, s2);
        Topology.Endpoint e = topology.addEndpoint("https", lan);
        assertTrue(ask(e, "tcp-ask", s1 + ":443").get(0).startsWith(lan.publicAddress() + ":"));
        assertEquals(List.of("timeout"), ask(e, "tcp-ask", s2 + ":443"));
    }

    @Test
    void wanEndpointIsSeenWithItsOwnAddress() throws IOException {
        Topology.Endpoint e = topology.addWanEndpoint("pub");
        assertTrue(ask(e, "udp-ask", s1 + ":3478").get(0).startsWith(e.address() + ":"));
    }

    @Test
    void endpointsOnOneLanReachEachOtherWithoutNat() throws IOException {
        Topology.Lan lan = topology.addLan(Router.NAT);
        Topology.Endpoint a = topology.addEndpoint("lana", lan);
        Topology.Endpoint b = topology.addEndpoint("lanb", lan);
        start(b.namespace(), "udp-reflect", b.address(), "4000");
        assertTrue(ask(a, "udp-ask", b.address() + ":4000").get(0).startsWith(a.address() + ":"));
    }

    private static List<String> ask(Topology.Endpoint e, String... args) throws IOException {
        Process p = new ProcessBuilder(command(e.namespace(), args)).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            p.waitFor(30, TimeUnit.SECONDS);
            return List.of(out.strip().split("\n"));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException(ex);
        } finally {
            p.destroyForcibly();
        }
    }

    private static void start(String namespace, String... args) throws IOException {
        Process p = new ProcessBuilder(command(namespace, args)).redirectErrorStream(true).start();
        processes.add(p);
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        String line = r.readLine();
        if (!"ready".equals(line)) {
            throw new IOException("probe did not start: " + line);
        }
    }

    private static String[] command(String namespace, String... args) {
        List<String> c = new ArrayList<>(List.of(Topology.exec(namespace, JAVA, "-cp", CLASSES,
                NetProbe.class.getName())));
        c.addAll(List.of(args));
        return c.toArray(String[]::new);
    }
}
