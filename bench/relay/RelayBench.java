import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our relay and coturn side by side under the same turnutils_uclient load, raised until either
 * loses packets. Reports packets relayed per second, relay CPU seconds (utime+stime of the relay
 * process from /proc/PID/stat) and the ratio ours/coturn in packets per CPU second.
 *
 * Run: bench/relay/run.sh (builds the jar, then java bench/relay/RelayBench.java JAR).
 */
public final class RelayBench {
    private static final Pattern TOTALS = Pattern.compile("tot_send_msgs=(\\d+), tot_recv_msgs=(\\d+)\\s*$", Pattern.MULTILINE);
    private static final int[][] LEVELS = {{10, 5}, {25, 5}, {50, 5}, {50, 2}, {100, 2}, {150, 2}, {200, 1}};
    private static final int MESSAGES = 1000;
    private static final int LENGTH = 200;
    private static final List<Process> started = new ArrayList<>();
    private static final List<Path> logs = new ArrayList<>();

    record Server(String name, Process process, int port) {
    }

    record Run(long sent, long received, double wallSeconds, double cpuSeconds) {
        double lossPercent() {
            return sent == 0 ? 100 : 100.0 * (sent - received) / sent;
        }

        long relayed() {
            return sent + received; // each message crosses the relay out and back
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "turn-relay/target/turn-relay.jar");
        Runtime.getRuntime().addShutdownHook(new Thread(RelayBench::stopAll));
        long ticks = Long.parseLong(exec("getconf", "CLK_TCK").strip());
        int peerPort = freePort();
        int oursPort = freePort();
        int coturnPort = freePort();
        int base = 20000 + (int) (ProcessHandle.current().pid() % 40) * 500;
        start("turnutils_peer", "-L", "127.0.0.1", "-p", String.valueOf(peerPort));
        Server ours = new Server("ours", start("java", "-jar", jar.toString(), "--listen", "127.0.0.1",
                "--port", String.valueOf(oursPort), "--realm", "bench", "--user", "bench:bench",
                "--allow-loopback-peers", "--min-port", String.valueOf(base), "--max-port", String.valueOf(base + 499),
                "--stats-interval", "0"), oursPort);
        Server coturn = new Server("coturn", start("turnserver", "-n", "--listening-ip", "127.0.0.1",
                "--relay-ip", "127.0.0.1", "-p", String.valueOf(coturnPort), "--min-port", String.valueOf(base + 10000),
                "--max-port", String.valueOf(base + 10499), "--lt-cred-mech", "--user", "bench:bench", "--realm", "bench",
                "--no-tls", "--no-dtls", "--allow-loopback-peers", "--no-cli", "--log-file", "stdout", "--simple-log"),
                coturnPort);
        awaitAllocation(ours, peerPort);
        awaitAllocation(coturn, peerPort);
        // The JVM compiles its hot path over the first few hundred thousand packets; a relay runs
        // for days, so both are measured warm: repeat a load until our CPU per run settles.
        System.out.println("warming up (JIT) until CPU per run settles ...");
        double last = Double.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            double cpu = load(ours, peerPort, 50, 2, ticks).cpuSeconds;
            System.out.printf(Locale.ROOT, "  warm-up %d: %.2f CPU s%n", i + 1, cpu);
            if (i >= 3 && cpu > 0.9 * last) {
                break;
            }
            last = Math.min(last, cpu);
        }
        load(coturn, peerPort, 50, 5, ticks);

        System.out.printf(Locale.ROOT, "%n%-7s %7s %8s %9s %9s %7s %7s %11s %7s %12s%n", "server", "clients",
                "interval", "sent", "received", "loss%", "wall_s", "pkts/s", "cpu_s", "pkts/cpu_s");
        List<String> ratios = new ArrayList<>();
        for (int[] level : LEVELS) {
            int clients = level[0];
            int interval = level[1];
            boolean oursFirst = ratios.size() % 2 == 0;
            Run a = oursFirst ? load(ours, peerPort, clients, interval, ticks) : null;
            Run c = load(coturn, peerPort, clients, interval, ticks);
            if (!oursFirst) {
                a = load(ours, peerPort, clients, interval, ticks);
            }
            row("ours", clients, interval, a);
            row("coturn", clients, interval, c);
            double ratio = (a.relayed() / a.cpuSeconds) / (c.relayed() / c.cpuSeconds);
            ratios.add(String.format(Locale.ROOT, "%d clients @ %d ms: ours/coturn packets per CPU second = %.2f%s",
                    clients, interval, ratio, a.lossPercent() > 0 || c.lossPercent() > 0 ? " (loss)" : ""));
            if (a.lossPercent() > 0 || c.lossPercent() > 0) {
                break;
            }
        }
        System.out.println();
        ratios.forEach(System.out::println);
        System.out.println("(messages per client " + MESSAGES + ", " + LENGTH + " bytes, UDP, ChannelData; "
                + "relayed packets = sent + received; CPU = utime+stime of the relay process)");
    }

    /** Until a one-message uclient run gets its message back (the JVM takes seconds to start). */
    private static void awaitAllocation(Server s, int peerPort) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String out = exec("turnutils_uclient", "-p", String.valueOf(s.port), "-u", "bench", "-w", "bench",
                    "-e", "127.0.0.1", "-r", String.valueOf(peerPort), "-n", "1", "-m", "1", "127.0.0.1");
            if (out.contains("tot_recv_msgs=1")) {
                return;
            }
            Thread.sleep(200); // a process that is still starting: nothing to wait on but time
        }
        throw new IOException(s.name + " never served an allocation");
    }

    private static void row(String name, int clients, int interval, Run r) {
        System.out.printf(Locale.ROOT, "%-7s %7d %6dms %9d %9d %7.2f %7.1f %11.0f %7.2f %12.0f%n", name, clients,
                interval, r.sent, r.received, r.lossPercent(), r.wallSeconds, r.relayed() / r.wallSeconds,
                r.cpuSeconds, r.relayed() / r.cpuSeconds);
    }

    private static Run load(Server s, int peerPort, int clients, int interval, long ticks) throws Exception {
        long cpu0 = cpuTicks(s.process);
        long t0 = System.nanoTime();
        String out = exec("turnutils_uclient", "-p", String.valueOf(s.port), "-u", "bench", "-w", "bench",
                "-e", "127.0.0.1", "-r", String.valueOf(peerPort), "-n", String.valueOf(MESSAGES),
                "-l", String.valueOf(LENGTH), "-m", String.valueOf(clients), "-z", String.valueOf(interval), "127.0.0.1");
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuTicks(s.process) - cpu0) / (double) ticks;
        Matcher m = TOTALS.matcher(out);
        long sent = 0;
        long received = 0;
        while (m.find()) {
            sent = Long.parseLong(m.group(1));
            received = Long.parseLong(m.group(2));
        }
        return new Run(sent, received, wall, cpu);
    }

    private static long cpuTicks(Process p) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15: utime, stime
    }

    private static Process start(String... cmd) throws IOException {
        Path log = Files.createTempFile("relay-bench", ".log");
        logs.add(log);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    private static String exec(String... cmd) throws Exception {
        Process p = start(cmd);
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        return Files.readString(logs.get(started.indexOf(p)));
    }

    private static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    private static void stopAll() {
        for (Process p : started) {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Path l : logs) {
            try {
                Files.deleteIfExists(l);
            } catch (IOException e) {
                // best effort
            }
        }
    }
}
