package dev.peerdesk.host.audit;

import dev.peerdesk.host.audit.AuditEvent.Transport;
import dev.peerdesk.host.audit.AuditEvent.Type;
import java.io.IOException;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

/**
 * Fans audit events out to every sink. A failing sink is reported on stderr and does not stop
 * the others or the session: the audit trail must not become a way to deny service.
 */
public final class AuditLog implements AutoCloseable {
    private final InstantSource clock;
    private final List<AuditSink> sinks;
    private final PrintStream errors;

    public AuditLog(InstantSource clock, List<AuditSink> sinks, PrintStream errors) {
        this.clock = clock;
        this.sinks = List.copyOf(sinks);
        this.errors = errors;
    }

    public void record(Type type, String session, String peer, Transport transport, Map<String, Object> fields) {
        AuditEvent e = new AuditEvent(clock.millis(), type, session, peer, transport, fields);
        for (AuditSink sink : sinks) {
            try {
                sink.write(e);
            } catch (IOException | RuntimeException failure) {
                errors.println("audit: " + sink.getClass().getSimpleName() + " failed: " + failure);
            }
        }
    }

    @Override
    public void close() {
        for (AuditSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException e) {
                errors.println("audit: closing " + sink.getClass().getSimpleName() + ": " + e);
            }
        }
    }
}
