package dev.peerdesk.host.audit;

import java.io.Closeable;
import java.io.IOException;

/** One destination of audit records: the JSON-lines file, syslog, later a database. */
public interface AuditSink extends Closeable {
    void write(AuditEvent event) throws IOException;
}
