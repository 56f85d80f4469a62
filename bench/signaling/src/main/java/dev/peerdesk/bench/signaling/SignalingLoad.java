package dev.peerdesk.bench.signaling;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Load client for a running signaling server (started by bench/signaling/run): holds N idle
 * enrolled hosts and reads the server's heap, then measures brokered connect round trips per
 * second against a same-run baseline (one signed reply per request on the same connections).
 *
 * <p>Arguments: PORT CERT_PEM SERVER_PID HOSTS SOURCES VIEWERS SECONDS
 */
public final class SignalingLoad {
    private SignalingLoad() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path cert = Path.of(args[1]);
        String pid = args[2];
        int hosts = Integer.parseInt(args[3]);
        int sources = Integer.parseInt(args[4]);
        int viewers = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        URI hostUri = URI.create("wss://127.0.0.1:" + port + "/ws/host");
        URI viewerUri = URI.create("wss://127.0.0.1:" + port + "/ws/viewer");
        URI metrics = URI.create("https://127.0.0.1:" + port + "/metrics");

        List<WebSocketClient> clients = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            clients.add(client(cert, "127.0.10." + (s + 1)));
        }
        HttpClient http = clients.get(0).getHttpClient();
        long baseHeap = heapAfterGc(pid, http, metrics);
        long baseRss = rss(pid);

        SecureRandom random = new SecureRandom();
        List<BenchHost> held = new ArrayList<>(hosts);
        Semaphore inFlight = new Semaphore(32);
        long t0 = System.nanoTime();
        for (int i = 0; i < hosts; i++) {
            BenchHost h = new BenchHost(random);
            inFlight.acquire();
            clients.get(i % sources).connect(h, hostUri).whenComplete((s, e) -> {
                if (e != null) {
                    h.id.completeExceptionally(e);
                }
            });
            h.id.whenComplete((id, e) -> inFlight.release());
            held.add(h);
        }
        int online = 0;
        int failures = 0;
        List<String> onlineIds = new ArrayList<>();
        for (BenchHost h : held) {
            try {
                onlineIds.add(h.id.get(60, TimeUnit.SECONDS));
                online++;
            } catch (Exception e) {
                if (failures++ < 3) {
                    System.out.println("host not online: " + e);
                }
            }
        }
        double enrollSeconds = (System.nanoTime() - t0) / 1e9;
        long heap = heapAfterGc(pid, http, metrics);
        long rss = rss(pid);
        long serverSaysOnline = gauge(http, metrics, "peerdesk_hosts_connected");

        // Round trips: viewers from their own source address, each bound to one of the held hosts.
        WebSocketClient viewerClient = client(cert, "127.0.20.1");
        double echo = roundTrips(viewerClient, viewerUri, onlineIds, viewers, seconds, false);
        double brokered = roundTrips(viewerClient, viewerUri, onlineIds, viewers, seconds, true);

        System.out.println();
        System.out.println("| measure | value | baseline | ratio |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| idle hosts enrolled and held (server says online) | %d (%d) of %d | - | - |%n",
                online, serverSaysOnline, hosts);
        System.out.printf("| enrollment time for all hosts | %.1f s (%.0f/s) | - | - |%n", enrollSeconds,
                online / enrollSeconds);
        System.out.printf("| server heap after GC | %.1f MB | %.1f MB (0 hosts) | %.2f |%n", heap / 1e6,
                baseHeap / 1e6, (double) heap / baseHeap);
        System.out.printf("| server heap per idle host | %.1f KB | - | - |%n", (heap - baseHeap) / 1e3 / Math.max(1, online));
        System.out.printf("| server RSS | %.1f MB | %.1f MB (0 hosts) | %.2f |%n", rss / 1e6, baseRss / 1e6,
                (double) rss / Math.max(1, baseRss));
        System.out.printf("| brokered connect round trips/s (%d viewers) | %.0f | %.0f (signed echo) | %.2f |%n",
                viewers, brokered, echo, brokered / echo);
        System.exit(0);
    }

    private static double roundTrips(WebSocketClient client, URI uri, List<String> hostIds, int viewers,
            int seconds, boolean brokered) throws Exception {
        List<BenchViewer> vs = new ArrayList<>();
        for (int i = 0; i < viewers; i++) {
            BenchViewer v = new BenchViewer(hostIds.get(i % hostIds.size()), brokered, i);
            client.connect(v, uri).get(30, TimeUnit.SECONDS);
            vs.add(v);
        }
        vs.forEach(BenchViewer::start);
        Thread.sleep(1000); // warm-up, not counted
        long start = vs.stream().mapToLong(v -> v.completed.get()).sum();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long done = vs.stream().mapToLong(v -> v.completed.get()).sum() - start;
        double rate = done / ((System.nanoTime() - t0) / 1e9);
        long failed = vs.stream().mapToLong(v -> v.failed.get()).sum();
        vs.forEach(BenchViewer::stop);
        if (failed > 0) {
            System.out.println("note: " + failed + " brokered requests were refused");
        }
        return rate;
    }

    private static WebSocketClient client(Path certPem, String source) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (var in = Files.newInputStream(certPem)) {
            ks.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        ssl.setTrustStore(ks);
        HttpClient http = new HttpClient();
        http.setSslContextFactory(ssl);
        http.setBindAddress(new InetSocketAddress(source, 0));
        http.setMaxConnectionsPerDestination(100_000);
        WebSocketClient c = new WebSocketClient(http);
        c.setIdleTimeout(java.time.Duration.ofMinutes(30));
        c.start();
        return c;
    }

    private static long heapAfterGc(String pid, HttpClient http, URI metrics) throws Exception {
        for (int i = 0; i < 2; i++) {
            new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
        return gauge(http, metrics, "peerdesk_jvm_heap_used_bytes");
    }

    private static long gauge(HttpClient http, URI metrics, String name) throws Exception {
        String text = http.GET(metrics).getContentAsString();
        Matcher m = Pattern.compile("(?m)^" + name + " (\\d+)$").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(name + " missing from /metrics");
        }
        return Long.parseLong(m.group(1));
    }

    private static long rss(String pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }
}
