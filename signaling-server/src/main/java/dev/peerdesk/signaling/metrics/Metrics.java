package dev.peerdesk.signaling.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Counters and gauges rendered in the Prometheus text format (version 0.0.4). Counters are
 * lock-free so both the HTTP filters and the broker can count; gauges are read when scraped.
 */
public final class Metrics {
    private final LongAdder sessionsBrokered = new LongAdder();
    private final LongAdder enrollments = new LongAdder();
    private final LongAdder envelopesSigned = new LongAdder();
    private final LongAdder tunnelsGranted = new LongAdder();
    private final LongAdder tunnelsPaired = new LongAdder();
    private final LongAdder tunnelBytes = new LongAdder();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();

    public void sessionBrokered() {
        sessionsBrokered.increment();
    }

    public void enrolled() {
        enrollments.increment();
    }

    public void envelopeSigned() {
        envelopesSigned.increment();
    }

    public void tunnelGranted() {
        tunnelsGranted.increment();
    }

    public void tunnelPaired() {
        tunnelsPaired.increment();
    }

    /** Bytes forwarded through tunnels (both directions). */
    public void tunnelBytes(long n) {
        tunnelBytes.add(n);
    }

    public long tunnelsPaired() {
        return tunnelsPaired.sum();
    }

    /** One refused request, by reason (the error code, or the filter that refused it). */
    public void refused(String reason) {
        refusals.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    public long refusals(String reason) {
        LongAdder a = refusals.get(reason);
        return a == null ? 0 : a.sum();
    }

    public long sessionsBrokered() {
        return sessionsBrokered.sum();
    }

    /** Registers a gauge such as connected hosts; {@code name} without the prefix. */
    public void gauge(String name, LongSupplier value) {
        gauges.put(name, value);
    }

    public String render() {
        StringBuilder sb = new StringBuilder(1024);
        new TreeMap<>(gauges).forEach((name, value) -> {
            sb.append("# TYPE peerdesk_").append(name).append(" gauge\n");
            sb.append("peerdesk_").append(name).append(' ').append(value.getAsLong()).append('\n');
        });
        counter(sb, "sessions_brokered_total", "Connect requests brokered to a host.", sessionsBrokered.sum());
        counter(sb, "enrollments_total", "Hosts given a new ID.", enrollments.sum());
        counter(sb, "envelopes_signed_total", "Envelopes signed with the master key.", envelopesSigned.sum());
        counter(sb, "tunnels_granted_total", "HTTPS tunnels granted to viewers.", tunnelsGranted.sum());
        counter(sb, "tunnels_paired_total", "HTTPS tunnels whose two sockets met.", tunnelsPaired.sum());
        counter(sb, "tunnel_bytes_total", "Bytes forwarded through HTTPS tunnels.", tunnelBytes.sum());
        sb.append("# HELP peerdesk_refusals_total Requests refused, by reason.\n");
        sb.append("# TYPE peerdesk_refusals_total counter\n");
        new TreeMap<>(refusals).forEach((reason, n) -> sb.append("peerdesk_refusals_total{reason=\"")
                .append(reason).append("\"} ").append(n.sum()).append('\n'));
        return sb.toString();
    }

    private static void counter(StringBuilder sb, String name, String help, long value) {
        sb.append("# HELP peerdesk_").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE peerdesk_").append(name).append(" counter\n");
        sb.append("peerdesk_").append(name).append(' ').append(value).append('\n');
    }
}
