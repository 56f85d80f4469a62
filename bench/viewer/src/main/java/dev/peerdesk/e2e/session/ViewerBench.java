package dev.peerdesk.e2e.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.By;

/**
 * Connect time (click to first frame on the canvas, measured inside the page) over N connections,
 * and host-screen-change-to-canvas latency over M changes, through the real page, signaling
 * server and host jar. Baseline of the same run for the latency: the X application's own repaint
 * (write to the app's stdin until it has painted), which no viewer can beat.
 */
public final class ViewerBench {
    private ViewerBench() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<Double> connect = new ArrayList<>();
        List<Double> latency = new ArrayList<>();
        List<Double> paint = new ArrayList<>();
        try (Rig rig = Rig.start(false, false); Browser b = new Browser()) {
            for (int i = 0; i < connections; i++) {
                int before = rig.desk.host().count("^One-time password: ");
                SessionTest.connected(b, rig.server.url(), rig.desk);
                connect.add(Double.parseDouble(b.body("data-first-frame-at")) - Double.parseDouble(b.body("data-connect-at")));
                b.driver.findElement(By.id("disconnect")).click();
                b.awaitStage(Duration.ofSeconds(30), "closed", "failed");
                rig.desk.awaitPasswordAfter(before);
            }
            SessionTest.connected(b, rig.server.url(), rig.desk);
            for (int i = 0; i < changes; i++) {
                int colour = 0x100000 * (1 + i % 14) + 0x40 + i;
                String hex = String.format("%06x", colour);
                b.js("window.pdSeen = 0; var c = document.getElementById('screen').getContext('2d');"
                        + " var want = arguments[0]; clearInterval(window.pdWatch);"
                        + " window.pdWatch = setInterval(function() { var d = c.getImageData(" + Desk.WIDTH / 2 + ", "
                        + Desk.HEIGHT / 2 + ", 1, 1).data; if (d[0] * 65536 + d[1] * 256 + d[2] === want) {"
                        + " window.pdSeen = Date.now(); clearInterval(window.pdWatch); } }, 1);", colour);
                long t0 = System.currentTimeMillis();
                rig.desk.app.write("band " + hex);
                long seen = b.await(Duration.ofSeconds(30), () -> {
                    Number n = (Number) b.js("return window.pdSeen;");
                    return n.longValue() > 0 ? n.longValue() : null;
                });
                String painted = rig.desk.app.await("painted " + hex + " at (\\d+)", Duration.ofSeconds(30));
                latency.add((double) (seen - t0));
                paint.add((double) (Long.parseLong(painted) - t0));
            }
        }
        System.out.println();
        System.out.println("| figure | n | p50 ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        row("connect: click to first frame", connect);
        row("screen change to canvas", latency);
        row("baseline: screen change to X repaint", paint);
        System.out.printf("ratio screen-to-canvas / X repaint (p50): %.1f%n", p(latency, 50) / Math.max(1, p(paint, 50)));
    }

    private static void row(String name, List<Double> v) {
        System.out.printf("| %s | %d | %.0f | %.0f |%n", name, v.size(), p(v, 50), p(v, 95));
    }

    private static double p(List<Double> values, int pct) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int i = (int) Math.ceil(pct / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }
}
