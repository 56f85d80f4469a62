package dev.peerdesk.e2e.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The matrix as a Markdown table: printed, and kept as the test report in target/. */
final class MatrixReport {
    static final Path FILE = Path.of("target", "connectivity-matrix.md");

    record Row(String topology, Must must, String path, String time, String verdict) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void note(String text) {
        notes.add(text);
    }

    synchronized void add(Row row) {
        rows.add(row);
    }

    synchronized String markdown() {
        StringBuilder s = new StringBuilder("# Connectivity matrix\n\n");
        for (String n : notes) {
            s.append(n).append("\n\n");
        }
        s
                .append("| topology | must | selected path (viewer's local -> remote candidate) | connect time | result |\n")
                .append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(r.topology()).append(" | ").append(r.must().words).append(" | ")
                    .append(r.path().replace("|", "/")).append(" | ").append(r.time()).append(" | ")
                    .append(r.verdict().replace("|", "/").replace("\n", " ")).append(" |\n");
        }
        return s.toString();
    }

    void write() throws IOException {
        String text = markdown();
        System.out.println(text);
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, text);
    }
}
