package dev.peerdesk.host.signal;

import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.envelope.SignatureVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The master key every server envelope must be signed with. Once known it is stored in
 * {@code server-key.json} (0600) and never fetched again, so a later swap of the server's key is
 * refused, not silently accepted. The first time it comes from the server's well-known URL and is
 * accepted only if it matches {@code --server-key}; without that option it is trusted on first use,
 * and the caller prints a loud notice with its fingerprint.
 */
public final class MasterKeyPin {
    static final String FILE = "server-key.json";

    /** What deciding on a key did. */
    public record Decision(byte[] key, boolean firstUse, boolean pinnedByOption) {}

    private MasterKeyPin() {}

    /** Source of the server's key at first use: fetched from {@code /.well-known/peerdesk/server-key}. */
    public interface Fetcher {
        byte[] fetch() throws IOException;
    }

    /**
     * @param pinnedHex {@code --server-key} as 64 lower-case hex digits, or null
     * @throws PinException when the stored key, the option and the server disagree
     */
    public static Decision decide(DataDir dir, String pinnedHex, Fetcher fetcher) throws IOException, PinException {
        Optional<byte[]> stored = load(dir);
        if (stored.isPresent()) {
            if (pinnedHex != null && !pinnedHex.equals(hex(stored.get()))) {
                throw new PinException("--server-key " + pinnedHex + " differs from the master key stored in "
                        + dir.path(FILE) + " (" + fingerprint(stored.get()) + "). If the server's key really "
                        + "changed, delete that file to pin the new one.");
            }
            return new Decision(stored.get(), false, pinnedHex != null);
        }
        byte[] key = fetcher.fetch();
        if (key.length != SignatureVerifier.PUBLIC_KEY_LENGTH) {
            throw new PinException("the server's master key has " + key.length + " bytes, not 32");
        }
        if (pinnedHex != null && !pinnedHex.equals(hex(key))) {
            throw new PinException("the server's master key " + fingerprint(key) + " does not match --server-key "
                    + pinnedHex + ": refusing to connect (wrong server, or someone in between)");
        }
        JsonObject o = new JsonObject().put("publicKey", Base64Url.encode(key)).put("fingerprint", fingerprint(key));
        dir.writePrivate(FILE, (o + "\n").getBytes(StandardCharsets.UTF_8));
        return new Decision(key, true, pinnedHex != null);
    }

    static Optional<byte[]> load(DataDir dir) throws IOException, PinException {
        Optional<byte[]> raw = dir.read(FILE);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.parseObject(new String(raw.get(), StandardCharsets.UTF_8).trim())
                    .bytes("publicKey", SignatureVerifier.PUBLIC_KEY_LENGTH));
        } catch (JsonException | IllegalArgumentException e) {
            throw new PinException(dir.path(FILE) + " is damaged (" + e.getMessage() + "); refusing to trust "
                    + "whatever key the server offers now. Delete it to pin again.");
        }
    }

    /** {@code SHA256:<base64url>}, as the server prints its key. */
    public static String fingerprint(byte[] key) {
        return "SHA256:" + Base64Url.encode(sha256(key));
    }

    static String hex(byte[] key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The master key cannot be trusted: never connect. */
    public static final class PinException extends Exception {
        public PinException(String message) {
            super(message);
        }
    }
}
