package dev.peerdesk.bench.host;

/** Entry point of bench/host/run: capture figures need $DISPLAY (the script starts an Xvfb). */
public final class HostBench {
    private HostBench() {}

    public static void main(String[] args) throws Exception {
        String display = System.getenv("DISPLAY");
        System.out.println("PeerDesk host benchmark; " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        if (args.length > 0 && args[0].equals("codec")) {
            CodecBench.run();
            return;
        }
        if (display == null || display.isEmpty()) {
            System.out.println("DISPLAY not set: skipping capture (run bench/host/run)");
        } else {
            CaptureBench.run(display);
        }
        CodecBench.run();
    }
}
