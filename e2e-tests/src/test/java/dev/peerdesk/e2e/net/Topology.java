package dev.peerdesk.e2e.net;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A small internet built from network namespaces, veth pairs and iptables (root only), using only
 * the RFC 2544 benchmarking range 198.18.0.0/15:
 *
 * <pre>
 *   WAN namespace ("internet"): servers on 198.18.0.1, 198.18.0.2, ... (loopback aliases)
 *     |-- 198.18.L.1/30 -- 198.18.L.2/30  router L (namespace) -- bridge 198.19.L.1/24 -- LAN L endpoints 198.19.L.k
 *     |-- 198.18.(100+K).1/30 -- 198.18.(100+K).2/30  endpoint K directly on the WAN
 * </pre>
 *
 * Every name carries a random prefix so parallel runs never collide; {@link #close} deletes every
 * namespace it made (and so every veth and rule in them), also when a test failed.
 */
public final class Topology implements AutoCloseable {
    private final String prefix = "pd" + HexFormat.of().formatHex(randomBytes(2));
    private final List<String> namespaces = new ArrayList<>();
    private final String wan;
    private int lans;
    private int wanEndpoints;
    private int serverAddresses;
    private final Thread cleanupOnExit = new Thread(this::deleteNamespaces, "topology-cleanup");

    public Topology() {
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        wan = namespace("wan");
        enableForwarding(wan);
    }

    /** Whether this process may build topologies (root with ip and iptables). */
    public static boolean available() {
        try {
            return "0".equals(Shell.run("id", "-u").strip())
                    && !Shell.run("sh", "-c", "command -v ip iptables").isBlank();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The WAN namespace, where the servers run. */
    public String wan() {
        return wan;
    }

    /** Adds another server address on the WAN (198.18.0.N) and returns it. */
    public String addServerAddress() {
        String address = "198.18.0." + (++serverAddresses);
        Shell.run("ip", "-n", wan, "addr", "add", address + "/32", "dev", "lo");
        return address;
    }

    /** Adds a LAN behind a router of the given kind. */
    public Lan addLan(Router kind) {
        int l = ++lans;
        String router = namespace("r" + l);
        String wanIf = prefix + "r" + l + "w";
        link(wan, prefix + "w" + l, "198.18." + l + ".1/30", router, wanIf, "198.18." + l + ".2/30");
        Shell.run("ip", "-n", router, "route", "add", "default", "via", "198.18." + l + ".1");
        if (kind == Router.ROUTED) {
            // Behind a NAT the LAN's addresses are private: the WAN has no route to them, as on the internet.
            Shell.run("ip", "-n", wan, "route", "add", "198.19." + l + ".0/24", "via", "198.18." + l + ".2");
        }
        String bridge = prefix + "b" + l;
        Shell.run("ip", "-n", router, "link", "add", bridge, "type", "bridge");
        Shell.run("ip", "-n", router, "addr", "add", "198.19." + l + ".1/24", "dev", bridge);
        Shell.run("ip", "-n", router, "link", "set", bridge, "up");
        enableForwarding(router);
        for (String[] rule : kind.rules(wanIf)) {
            Shell.run(Shell.inNamespace(router, prepend("iptables", rule)));
        }
        return new Lan(l, router, wanIf, bridge, kind);
    }

    /**
     * Makes {@code lan}'s router drop everything from the LAN to {@code address} (e.g. the relay's,
     * so that only the signaling server's HTTPS port is left: the tunnel of last resort's topology).
     */
    public void dropTo(Lan lan, String address) {
        Shell.run(Shell.inNamespace(lan.router, "iptables", "-I", "FORWARD", "-o", lan.wanIf, "-d", address + "/32",
                "-j", "DROP"));
    }

    /** Adds an endpoint namespace on {@code lan}; returns its address in {@link Endpoint}. */
    public Endpoint addEndpoint(String name, Lan lan) {
        int k = ++lan.endpoints;
        String ns = namespace(name);
        String outer = prefix + "l" + lan.index + "e" + k;
        String inner = prefix + "e" + lan.index + "i" + k;
        String address = "198.19." + lan.index + "." + (k + 1);
        Shell.run("ip", "link", "add", outer, "type", "veth", "peer", "name", inner);
        Shell.run("ip", "link", "set", outer, "netns", lan.router);
        Shell.run("ip", "link", "set", inner, "netns", ns);
        Shell.run("ip", "-n", lan.router, "link", "set", outer, "master", lan.bridge);
        Shell.run("ip", "-n", lan.router, "link", "set", outer, "up");
        Shell.run("ip", "-n", ns, "addr", "add", address + "/24", "dev", inner);
        Shell.run("ip", "-n", ns, "link", "set", inner, "up");
        Shell.run("ip", "-n", ns, "route", "add", "default", "via", "198.19." + lan.index + ".1");
        return new Endpoint(ns, address);
    }

    /** Adds an endpoint namespace directly on the WAN, with a public address. */
    public Endpoint addWanEndpoint(String name) {
        int k = 100 + (++wanEndpoints);
        String ns = namespace(name);
        link(wan, prefix + "w" + k, "198.18." + k + ".1/30", ns, prefix + "x" + k, "198.18." + k + ".2/30");
        Shell.run("ip", "-n", ns, "route", "add", "default", "via", "198.18." + k + ".1");
        return new Endpoint(ns, "198.18." + k + ".2");
    }

    /** A command line that runs {@code command} inside {@code namespace}. */
    public static String[] exec(String namespace, String... command) {
        return Shell.inNamespace(namespace, command);
    }

    /** The namespaces that exist now and belong to this topology (empty after {@link #close}). */
    public List<String> liveNamespaces() {
        List<String> live = new ArrayList<>();
        for (String line : Shell.run("ip", "netns", "list").split("\n")) {
            String name = line.split(" ")[0].strip();
            if (name.startsWith(prefix + "-")) {
                live.add(name);
            }
        }
        return live;
    }

    @Override
    public void close() {
        deleteNamespaces();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }

    private synchronized void deleteNamespaces() {
        for (int i = namespaces.size() - 1; i >= 0; i--) {
            Shell.quietly("ip", "netns", "del", namespaces.get(i));
        }
        namespaces.clear();
    }

    private String namespace(String name) {
        String ns = prefix + "-" + name;
        Shell.run("ip", "netns", "add", ns);
        namespaces.add(ns);
        Shell.run("ip", "-n", ns, "link", "set", "lo", "up");
        return ns;
    }

    private static void link(String nsA, String ifA, String addrA, String nsB, String ifB, String addrB) {
        Shell.run("ip", "link", "add", ifA, "type", "veth", "peer", "name", ifB);
        Shell.run("ip", "link", "set", ifA, "netns", nsA);
        Shell.run("ip", "link", "set", ifB, "netns", nsB);
        Shell.run("ip", "-n", nsA, "addr", "add", addrA, "dev", ifA);
        Shell.run("ip", "-n", nsB, "addr", "add", addrB, "dev", ifB);
        Shell.run("ip", "-n", nsA, "link", "set", ifA, "up");
        Shell.run("ip", "-n", nsB, "link", "set", ifB, "up");
    }

    private static void enableForwarding(String ns) {
        Shell.run(Shell.inNamespace(ns, "sh", "-c", "echo 1 > /proc/sys/net/ipv4/ip_forward"));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    /** A LAN behind one router. */
    public static final class Lan {
        final int index;
        final String router;
        final String wanIf;
        final String bridge;
        final Router kind;
        int endpoints;

        Lan(int index, String router, String wanIf, String bridge, Router kind) {
            this.index = index;
            this.router = router;
            this.wanIf = wanIf;
            this.bridge = bridge;
            this.kind = kind;
        }

        /** The router's public (WAN) address: what a NAT'd endpoint looks like from the WAN. */
        public String publicAddress() {
            return "198.18." + index + ".2";
        }
    }

    /** A machine: its namespace and its own address. */
    public record Endpoint(String namespace, String address) {}
}
