package dev.peerdesk.bench.host;

import dev.peerdesk.host.capture.RobotCapture;
import dev.peerdesk.host.capture.ScreenCapture;
import dev.peerdesk.host.x11.X11Capture;
import java.util.ArrayList;
import java.util.List;

/** Milliseconds per captured frame of the whole screen: XShm, XGetImage, java.awt.Robot (the baseline). */
final class CaptureBench {
    private CaptureBench() {}

    static void run(String display) throws Exception {
        List<String[]> rows = new ArrayList<>();
        double[] robot;
        try (ScreenCapture c = new RobotCapture()) {
            robot = measure(c, 30);
        }
        double[] shm;
        try (X11Capture c = new X11Capture(display, true)) {
            shm = measure(c, 200);
            rows.add(row(c.method(), c.selected().width() + "x" + c.selected().height(), shm, robot));
        }
        try (X11Capture c = new X11Capture(display, false)) {
            double[] ms = measure(c, 50);
            rows.add(row(c.method(), c.selected().width() + "x" + c.selected().height(), ms, robot));
        }
        rows.add(row("robot (baseline)", "", robot, robot));
        Table.print("Capture of the whole screen, ms per frame as min / median (lower is better)",
                new String[] {"method", "size", "ms/frame", "vs robot (min)"}, rows);
    }

    private static String[] row(String method, String size, double[] ms, double[] baseline) {
        return new String[] {method, size, String.format("%.2f / %.2f", ms[0], ms[1]),
            String.format("%.3fx", ms[0] / baseline[0])};
    }

    /** {min, median} ms per frame. */
    private static double[] measure(ScreenCapture c, int frames) throws Exception {
        for (int i = 0; i < Math.max(5, frames / 10); i++) {
            c.capture();
        }
        long[] t = new long[frames];
        long sink = 0;
        for (int i = 0; i < frames; i++) {
            long start = System.nanoTime();
            sink += c.capture().pixels()[i];
            t[i] = System.nanoTime() - start;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the reads alive
        }
        return new double[] {Table.minMillis(t), Table.medianMillis(t)};
    }
}
