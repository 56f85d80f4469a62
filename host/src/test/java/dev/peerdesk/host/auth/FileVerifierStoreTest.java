package dev.peerdesk.host.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.config.DataDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVerifierStoreTest {
    @TempDir
    Path tmp;

    @Test
    void savesOnlyTheVerifierInA0600File() throws Exception {
        DataDir dir = DataDir.open(tmp.resolve("state"), Map.of());
        FileVerifierStore store = new FileVerifierStore(dir);
        assertEquals(Optional.empty(), store.load());
        StoredVerifier v = new StoredVerifier("srp6a-rfc5054-3072-sha256", new byte[] {1, 2, 3}, new byte[] {9, 8, 7});
        store.save(v);
        assertEquals(Optional.of(v), store.load());
        Path file = dir.path(FileVerifierStore.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.root())));
        store.clear();
        assertEquals(Optional.empty(), store.load());
    }

    @Test
    void damagedFileIsAClearError() throws Exception {
        DataDir dir = DataDir.open(tmp, Map.of());
        dir.writePrivate(FileVerifierStore.FILE, "scheme=x\nsalt=@@@\nverifier=AA==\n".getBytes());
        IOException e = assertThrows(IOException.class, () -> new FileVerifierStore(dir).load());
        assertTrue(e.getMessage().contains("--set-password"));
    }

    @Test
    void defaultFolderFollowsXdg() {
        assertEquals(Path.of("/x/cfg/peerdesk"), DataDir.defaultPath(Map.of("XDG_CONFIG_HOME", "/x/cfg", "HOME", "/h")));
        assertEquals(Path.of("/h/.config/peerdesk"), DataDir.defaultPath(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/h")));
        assertEquals(Path.of("/h/.config/peerdesk"), DataDir.defaultPath(Map.of("HOME", "/h")));
    }
}
