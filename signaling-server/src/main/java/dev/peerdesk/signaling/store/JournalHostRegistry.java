package dev.peerdesk.signaling.store;

import dev.peerdesk.protocol.envelope.Base64Url;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded host store: an append-only journal ({@code hosts.journal}, one line per enrollment:
 * {@code id key fingerprint enrolledAt}) replayed into memory at start. Every insert is forced to
 * disk before the host hears its ID, so an ID once handed out survives a crash or restart. A torn
 * last line (power loss mid-write) is cut off on load; any other bad line stops the start, because
 * silently dropping a host would orphan it.
 */
public final class JournalHostRegistry implements HostRegistry {
    public static final String FILE_NAME = "hosts.journal";

    private final Map<String, HostRecord> byId = new HashMap<>();
    private final Map<String, HostRecord> byKey = new HashMap<>();
    private final FileChannel journal;

    private JournalHostRegistry(FileChannel journal) {
        this.journal = journal;
    }

    public static JournalHostRegistry open(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        JournalHostRegistry r = new JournalHostRegistry(ch);
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            int end = text.lastIndexOf('\n') + 1;
            if (end < text.length()) {
                // A torn last line from a crash mid-write: that host never heard its ID, drop it.
                ch.truncate(end);
            }
            r.replay(text.substring(0, end).split("\n"));
            ch.position(ch.size());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return r;
    }

    private void replay(String[] lines) throws IOException {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ");
            try {
                if (f.length != 4) {
                    throw new IllegalArgumentException("expected 4 fields");
                }
                remember(new HostRecord(f[0], Base64Url.decode(f[1]), f[2], Long.parseLong(f[3])));
            } catch (IllegalArgumentException e) {
                throw new IOException(FILE_NAME + " line " + (i + 1) + " is corrupt: " + e.getMessage(), e);
            }
        }
    }

    private void remember(HostRecord h) {
        byId.put(h.id(), h);
        byKey.put(Base64Url.encode(h.publicKey()), h);
    }

    @Override
    public synchronized Optional<HostRecord> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<HostRecord> findByKey(byte[] publicKey) {
        return Optional.ofNullable(byKey.get(Base64Url.encode(publicKey)));
    }

    @Override
    public synchronized boolean insert(HostRecord h) throws IOException {
        if (byId.containsKey(h.id()) || byKey.containsKey(Base64Url.encode(h.publicKey()))) {
            return false;
        }
        String line = h.id() + " " + Base64Url.encode(h.publicKey()) + " " + h.hardwareFingerprint() + " "
                + h.enrolledAt() + "\n";
        ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
        while (buf.hasRemaining()) {
            journal.write(buf);
        }
        journal.force(false);
        remember(h);
        return true;
    }

    @Override
    public synchronized int size() {
        return byId.size();
    }

    @Override
    public synchronized void close() throws IOException {
        journal.close();
    }
}
