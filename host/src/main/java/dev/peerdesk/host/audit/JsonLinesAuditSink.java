package dev.peerdesk.host.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one JSON object per line to {@code audit.jsonl} (created 0600 by the data dir), forced to disk. */
public final class JsonLinesAuditSink implements AuditSink {
    public static final String FILE = "audit.jsonl";
    private final FileChannel out;

    public JsonLinesAuditSink(Path file) throws IOException {
        this.out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
    }

    @Override
    public synchronized void write(AuditEvent event) throws IOException {
        byte[] line = (event.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(line);
        while (b.hasRemaining()) {
            out.write(b);
        }
        // An audit trail that a crash can truncate is worth little: sync each record.
        out.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
