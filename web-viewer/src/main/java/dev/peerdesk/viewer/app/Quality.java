package dev.peerdesk.viewer.app;

/** The quality overlay's figures from one-second samples: path, round trip, frames/s, kbit/s. */
final class Quality {
    private String path = "";
    private long lastBytes = -1;
    private long lastFrames;
    private double lastAt;

    void reset() {
        path = "";
        lastBytes = -1;
        lastFrames = 0;
        lastAt = 0;
    }

    String path() {
        return path;
    }

    /**
     * {@code stats} is "path rttMs bytesReceived" or "none" (path: direct, relay, relay-tcp, or
     * tunnelled for the HTTPS tunnel); returns the overlay line or null.
     */
    String update(String stats, long frames, double nowMs) {
        if (stats == null || stats.equals("none")) {
            return null;
        }
        String[] f = stats.split(" ");
        path = f[0];
        long rtt = Long.parseLong(f[1]);
        long bytes = (long) Double.parseDouble(f[2]);
        String rate = "";
        if (lastBytes >= 0 && nowMs > lastAt) {
            double seconds = (nowMs - lastAt) / 1000;
            rate = " \u00b7 " + Math.round((frames - lastFrames) / seconds) + " fps \u00b7 "
                    + Math.round((bytes - lastBytes) * 8 / 1000.0 / seconds) + " kbit/s";
        }
        lastBytes = bytes;
        lastFrames = frames;
        lastAt = nowMs;
        String label = switch (path) {
            case "relay" -> "via relay";
            case "relay-tcp" -> "via relay (TCP)";
            case "tunnelled" -> "tunnelled through the server (HTTPS)";
            default -> "direct";
        };
        return label + (rtt >= 0 ? " \u00b7 " + rtt + " ms" : "") + rate;
    }
}
