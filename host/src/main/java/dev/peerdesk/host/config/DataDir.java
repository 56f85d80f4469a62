package dev.peerdesk.host.config;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The host's state folder: {@code --data-dir}, else {@code $XDG_CONFIG_HOME/peerdesk}, else
 * {@code ~/.config/peerdesk}. The folder is 0700 and every file 0600 from its creation (never
 * world-readable for an instant); writes go through a temp file and an atomic rename.
 */
public final class DataDir {
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private final Path root;

    private DataDir(Path root) {
        this.root = root;
    }

    /** Opens (creating if needed) the folder; {@code explicit} is {@code --data-dir} or null. */
    public static DataDir open(Path explicit, Map<String, String> env) throws IOException {
        Path root = explicit != null ? explicit : defaultPath(env);
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root.getParent() == null ? root : root.getParent());
            try {
                Files.createDirectory(root, posix() ? new java.nio.file.attribute.FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(DIR)} : new java.nio.file.attribute.FileAttribute<?>[0]);
            } catch (FileAlreadyExistsException raced) {
                // another process made it first; its permissions are checked below
            }
        }
        if (posix()) {
            Files.setPosixFilePermissions(root, DIR);
        }
        return new DataDir(root);
    }

    public static Path defaultPath(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "peerdesk");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".config", "peerdesk");
    }

    public Path root() {
        return root;
    }

    public Path path(String name) {
        if (name.contains("/") || name.startsWith(".")) {
            throw new IllegalArgumentException("file name " + name);
        }
        return root.resolve(name);
    }

    public Optional<byte[]> read(String name) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(path(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Replaces {@code name} atomically with a 0600 file holding {@code bytes}. */
    public void writePrivate(String name, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(root, "." + name, ".tmp", fileAttributes());
        try {
            Files.write(tmp, bytes, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(tmp, path(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Creates {@code name} as an empty 0600 file if missing (for append-only logs) and returns its path. */
    public Path ensurePrivateFile(String name) throws IOException {
        Path p = path(name);
        try {
            Files.createFile(p, fileAttributes());
        } catch (FileAlreadyExistsException e) {
            if (posix()) {
                Files.setPosixFilePermissions(p, FILE);
            }
        }
        return p;
    }

    public void delete(String name) throws IOException {
        Files.deleteIfExists(path(name));
    }

    private static java.nio.file.attribute.FileAttribute<?>[] fileAttributes() {
        return posix() ? new java.nio.file.attribute.FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
