package dev.peerdesk.host.auth;

import dev.peerdesk.host.config.DataDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The permanent password's verifier as a small text file, mode 0600:
 * {@code scheme=..., salt=<base64>, verifier=<base64>}, one per line.
 */
public final class FileVerifierStore implements VerifierStore {
    static final String FILE = "permanent-password.srp";
    private final DataDir dir;

    public FileVerifierStore(DataDir dir) {
        this.dir = dir;
    }

    @Override
    public Optional<StoredVerifier> load() throws IOException {
        Optional<byte[]> bytes = dir.read(FILE);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> kv = new HashMap<>();
        for (String line : new String(bytes.get(), StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        try {
            return Optional.of(new StoredVerifier(kv.getOrDefault("scheme", ""),
                    Base64.getDecoder().decode(kv.getOrDefault("salt", "")),
                    Base64.getDecoder().decode(kv.getOrDefault("verifier", ""))));
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.path(FILE) + " is damaged; set the password again (--set-password)", e);
        }
    }

    @Override
    public void save(StoredVerifier v) throws IOException {
        String text = "scheme=" + v.scheme() + "\nsalt=" + Base64.getEncoder().encodeToString(v.salt())
                + "\nverifier=" + Base64.getEncoder().encodeToString(v.verifier()) + "\n";
        dir.writePrivate(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void clear() throws IOException {
        dir.delete(FILE);
    }
}
