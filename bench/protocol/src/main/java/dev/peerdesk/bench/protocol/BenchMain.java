package dev.peerdesk.bench.protocol;

import dev.peerdesk.viewer.check.HeadlessChromium;
import dev.peerdesk.viewer.check.LoopbackHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the protocol benchmarks and prints one table with a same-run baseline and ratio per row,
 * then the browser figures (SRP client handshake, BigInt vs TeaVM BigInteger, pure-Java
 * AES-GCM) from headless Chromium if it is installed.
 *
 * <pre>java -jar bench/protocol/target/protocol-benchmarks.jar [--browser-only] [path/to/check.js]</pre>
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        boolean browserOnly = args.length > 0 && args[0].equals("--browser-only");
        int first = browserOnly ? 1 : 0;
        Path checkJs = Path.of(args.length > first ? args[first] : "web-viewer/target/teavm/check/check.js");
        if (browserOnly) {
            browser(checkJs);
            return;
        }
        Options options = new OptionsBuilder()
                .include(RecordBenchmark.class.getName())
                .include(SrpBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        printRecordTable(results);
        printSrpTable(results);
        browser(checkJs);
    }

    private static void printRecordTable(Collection<RunResult> results) {
        System.out.println();
        System.out.println("Record layer throughput (MB/s; baseline = bare JCA AES-256-GCM seal of the same size)");
        System.out.printf(Locale.ROOT, "%-10s %-10s %-8s %10s %10s %7s%n", "op", "aead", "size", "MB/s", "base MB/s", "ratio");
        for (int size : new int[] {16384, 65536}) {
            double base = mbps(find(results, "baselineJcaGcmSeal", size, "jca"), size);
            for (String aead : new String[] {"jca", "pure-java"}) {
                for (String op : new String[] {"seal", "open"}) {
                    double v = mbps(find(results, op, size, aead), size);
                    System.out.printf(Locale.ROOT, "%-10s %-10s %-8s %10.1f %10.1f %7.2f%n", op, aead, size / 1024 + " KiB", v, base, v / base);
                }
            }
        }
    }

    private static void printSrpTable(Collection<RunResult> results) {
        double base = score(results, "baselineBouncyCastleServer");
        System.out.println();
        System.out.println("SRP-6a 3072-bit/SHA-256 on the JVM (ms per handshake side; baseline = Bouncy Castle SRP6Server B+S)");
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %7s%n", "side", "ms", "base ms", "ratio");
        for (String name : new String[] {"serverHandshake", "clientHandshake"}) {
            double v = score(results, name);
            System.out.printf(Locale.ROOT, "%-28s %10.2f %10.2f %7.2f%n", name, v, base, v / base);
        }
    }

    private static void browser(Path checkJs) throws Exception {
        System.out.println();
        if (!HeadlessChromium.available() || !Files.isRegularFile(checkJs)) {
            System.out.println("Browser figures skipped: needs /usr/bin/chromium, /usr/bin/chromedriver and " + checkJs
                    + " (mvn -pl web-viewer -am package)");
            return;
        }
        int rounds = 21;
        run(checkJs, rounds, "", "Headless Chromium, TeaVM JavaScript build (" + rounds
                + " SRP client handshakes each, client compute only)");
        Path wasm = checkJs.toAbsolutePath().getParent().resolveSibling("wasm").resolve("bench.wasm");
        if (Files.isRegularFile(wasm)) {
            run(checkJs, rounds, "wasm", "Headless Chromium, TeaVM WebAssembly GC build (same code)");
        } else {
            System.out.println("WasmGC figures skipped: build with mvn -Pbench -pl web-viewer -am package");
        }
    }

    private static void run(Path checkJs, int rounds, String page, String title) throws Exception {
        try (LoopbackHost host = new LoopbackHost(checkJs, LoopbackHost.Setup.honest("password", rounds));
                HeadlessChromium chromium = new HeadlessChromium()) {
            String state = chromium.run(host.url() + page, Duration.ofMinutes(10));
            System.out.println();
            System.out.println(title);
            if (!"done".equals(state)) {
                System.out.println("failed: " + chromium.bodyAttribute("data-error") + "; host: " + host.failures());
                return;
            }
            double bigInt = 0;
            double teaVm = 0;
            for (String kv : chromium.bodyAttribute("data-bench").split(";")) {
                if (kv.isEmpty()) {
                    continue;
                }
                String[] r = kv.split("=", 2);
                System.out.printf(Locale.ROOT, "%-36s %12s%n", r[0], shorten(r[1]));
                if (r[0].equals("modPow3072BigIntMs")) {
                    bigInt = Double.parseDouble(r[1]);
                } else if (r[0].equals("modPow3072TeaVmBigIntegerMs")) {
                    teaVm = Double.parseDouble(r[1]);
                }
            }
            if (bigInt > 0) {
                System.out.printf(Locale.ROOT, "%-36s %12.1f%n", "ratio TeaVM BigInteger / BigInt", teaVm / bigInt);
            }
        }
    }

    private static String shorten(String number) {
        try {
            return String.format(Locale.ROOT, "%.1f", Double.parseDouble(number));
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static RunResult find(Collection<RunResult> results, String method, int size, String aead) {
        for (RunResult r : results) {
            var p = r.getParams();
            if (p.getBenchmark().endsWith("." + method) && String.valueOf(size).equals(p.getParam("size"))
                    && aead.equals(p.getParam("aead"))) {
                return r;
            }
        }
        throw new IllegalStateException("no result for " + method + " " + size + " " + aead);
    }

    private static double mbps(RunResult r, int size) {
        return r.getPrimaryResult().getScore() * size / 1e6;
    }

    private static double score(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r.getPrimaryResult().getScore();
            }
        }
        throw new IllegalStateException("no result for " + method);
    }
}
