package dev.peerdesk.signaling.audit;

import dev.peerdesk.protocol.envelope.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The server's audit trail: one JSON object per line in {@code audit.jsonl} in the data dir
 * (enrollments, refused hellos with the wrong key or fingerprint, connects, auth outcomes).
 * Each line is flushed at once so a crash loses nothing already decided.
 */
public final class AuditLog implements AutoCloseable {
    public static final String FILE_NAME = "audit.jsonl";

    private final BufferedWriter out;

    public AuditLog(Path dataDir) throws IOException {
        out = Files.newBufferedWriter(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public synchronized void write(long now, String event, String source, String id, String detail) {
        JsonObject line = new JsonObject().put("time", Instant.ofEpochMilli(now).toString()).put("event", event);
        if (source != null) {
            line.put("source", source);
        }
        if (id != null) {
            line.put("id", id);
        }
        if (detail != null) {
            line.put("detail", detail);
        }
        try {
            out.write(line.toString());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            System.err.println("audit log write failed: " + e + " for " + line);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
