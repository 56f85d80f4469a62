package dev.peerdesk.bench.transport;

import dev.peerdesk.transport.Channel;
import dev.peerdesk.transport.PeerConnection;
import dev.peerdesk.transport.PeerConnectionConfig;
import dev.peerdesk.transport.interop.Browser;
import dev.peerdesk.transport.interop.BrowserSession;
import dev.peerdesk.transport.interop.Recorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reliable data channel throughput on loopback: Java -> Chromium and Chromium -> Java through our stack,
 * beside Chromium -> Chromium (two RTCPeerConnections in the same headless browser) measured in the same
 * run as the baseline. Prints MB/s (10^6 bytes) per run, the median and the ratio to the baseline. All three
 * send one constant 64 KiB buffer with the same back-pressure (4 MiB high, 1 MiB low) and only count on
 * receipt, so data generation and hashing (the interop tests' job) do not weigh on either side.
 */
public final class ThroughputBench {
    private static final int CHUNK = 64 * 1024;

    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int total = megabytes * 1024 * 1024 / CHUNK * CHUNK;
        List<Double> javaToChromium = new ArrayList<>();
        List<Double> chromiumToJava = new ArrayList<>();
        List<Double> chromiumToChromium = new ArrayList<>();
        try (Browser b = Browser.open()) {
            for (int run = 0; run < runs; run++) {
                Recorder rec = new Recorder();
                try (PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), rec)) {
                    BrowserSession.connect(b, pc, rec);
                    Channel ch = rec.open.get("reliable");
                    javaToChromium.add(javaSends(b, ch, total));
                    chromiumToJava.add(chromiumSends(b, rec, total));
                }
                double ms = ((Number) b.await("peer.loopback(arguments[0], arguments[1])", total, CHUNK)).doubleValue();
                chromiumToChromium.add(total / 1e3 / ms);
                b.js("peer.pc && peer.pc.close()");
            }
        }
        double base = median(chromiumToChromium);
        System.out.printf("%n%-22s %10s %10s  %s%n", "reliable channel", "median", "ratio", "runs (MB/s, " + megabytes
                + " MiB each)");
        row("Chromium -> Chromium", chromiumToChromium, base);
        row("Java -> Chromium", javaToChromium, base);
        row("Chromium -> Java", chromiumToJava, base);
    }

    private static double javaSends(Browser b, Channel ch, int total) throws Exception {
        b.js("peer.count('reliable', arguments[0])", total);
        byte[] chunk = new byte[CHUNK];
        long t0 = System.nanoTime();
        for (int sent = 0; sent < total; sent += CHUNK) {
            Browser.waitFor("buffered amount drains", Duration.ofSeconds(60), () -> ch.bufferedAmount() < 4 << 20);
            ch.send(chunk);
        }
        Browser.waitFor("page received all", Duration.ofSeconds(600), () -> b.js("return peer.countResult") != null);
        return total / 1e3 / ((System.nanoTime() - t0) / 1e6);
    }

    private static double chromiumSends(Browser b, Recorder rec, int total) throws Exception {
        AtomicLong got = new AtomicLong();
        rec.sink = (c, data) -> got.addAndGet(data.length);
        long t0 = System.nanoTime();
        b.js("peer.blastPlain('reliable', arguments[0], arguments[1])", total, CHUNK);
        Browser.waitFor("we received all", Duration.ofSeconds(600), () -> got.get() >= total);
        double r = total / 1e3 / ((System.nanoTime() - t0) / 1e6);
        rec.sink = null;
        return r;
    }

    private static void row(String name, List<Double> values, double base) {
        double m = median(values);
        StringBuilder runs = new StringBuilder();
        for (double v : values) {
            runs.append(String.format("%.1f ", v));
        }
        System.out.printf("%-22s %7.1f MB/s %6.2f  %s%n", name, m, m / base, runs.toString().trim());
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
