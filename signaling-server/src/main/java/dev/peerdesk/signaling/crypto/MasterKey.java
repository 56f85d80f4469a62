package dev.peerdesk.signaling.crypto;

import dev.peerdesk.crypto.Ed25519;
import dev.peerdesk.protocol.envelope.Base64Url;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The server's Ed25519 master key, kept in the data dir as one line of base64url seed, mode 0600.
 * Made on first start; every later start loads the same key so enrolled hosts keep trusting us.
 */
public final class MasterKey {
    public static final String FILE_NAME = "master-key.ed25519";

    private MasterKey() {}

    /** Loads the key, or makes and stores a new one when the file does not exist yet. */
    public static Ed25519 loadOrCreate(Path dataDir, SecureRandom random) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return load(file);
        }
        Ed25519 key = Ed25519.generate(random);
        try {
            // Created with 0600 from the start: no window in which another user could read it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return load(file);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.write(file, (Base64Url.encode(key.seed()) + "\n").getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        return key;
    }

    private static Ed25519 load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        byte[] seed;
        try {
            seed = Base64Url.decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a PeerDesk master key", e);
        }
        if (seed.length != 32) {
            throw new IOException(file + " is not a PeerDesk master key (wrong length)");
        }
        return new Ed25519(seed);
    }
}
