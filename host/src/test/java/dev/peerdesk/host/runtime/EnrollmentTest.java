package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.host.signal.MasterKeyPin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host against the real signaling server over WSS: enrollment, restarts, pinning, reconnects. */
class EnrollmentTest {
    static final long WAIT = 30;

    @TempDir
    Path serverDir;
    @TempDir
    Path hostDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private Host host(RealServer s, String pinHex, String fingerprint) throws Exception {
        HostConfig c = new HostConfig(s.https(), pinHex, null, Permission.ALL, 1, fingerprint, null);
        DataDir dir = DataDir.open(hostDir, Map.of());
        return Host.start(c, dir, new AuditLog(InstantSource.system(), List.of(), out), out, new SecureRandom());
    }

    @Test
    void enrollsPrintsIdAndPasswordAndKeepsTheIdAcrossRestarts() throws Exception {
        String firstId;
        try (RealServer s = RealServer.start(serverDir, 0)) {
            try (Host h = host(s, null, "hw-fingerprint-0001")) {
                firstId = h.online().get(WAIT, TimeUnit.SECONDS);
                assertTrue(firstId.matches("[1-9][0-9]{8}"), firstId);
                String text = printed.toString(StandardCharsets.UTF_8);
                assertTrue(text.contains("PeerDesk ID: " + firstId), text);
                assertTrue(text.contains("One-time password: " + h.sessions().oneTimePassword()), text);
                assertTrue(text.contains("trusting the signaling server's master key on first use"), text);
            }
            for (String f : List.of("host-key.ed25519", "id-certificate.json", "server-key.json")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(hostDir.resolve(f))), f);
            }
            printed.reset();
            try (Host h = host(s, null, "hw-fingerprint-0001")) {
                assertEquals(firstId, h.online().get(WAIT, TimeUnit.SECONDS));
                assertTrue(!printed.toString(StandardCharsets.UTF_8).contains("first use"), "pinned key reused");
            }
        }
    }

    @Test
    void aWrongPinnedKeyIsRefusedBeforeAnythingIsSent() throws Exception {
        try (RealServer s = RealServer.start(serverDir, 0)) {
            String wrong = "00".repeat(32);
            assertThrows(MasterKeyPin.PinException.class, () -> host(s, wrong, "hw-fingerprint-0001"));
            assertTrue(!Files.exists(hostDir.resolve("server-key.json")), "nothing pinned");
            String right = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.server.masterPublicKey()));
            try (Host h = host(s, right, "hw-fingerprint-0001")) {
                h.online().get(WAIT, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aServerWithAnotherMasterKeyIsNeverTrusted() throws Exception {
        try (RealServer s = RealServer.start(serverDir, 0)) {
            try (Host h = host(s, null, "hw-fingerprint-0001")) {
                h.online().get(WAIT, TimeUnit.SECONDS);
            }
        }
        // A different server (fresh master key) at the same URL: its envelopes fail against the pin.
        Path other = Files.createTempDirectory(serverDir, "other");
        try (RealServer s = RealServer.start(other, 0)) {
            printed.reset();
            try (Host h = host(s, null, "hw-fingerprint-0001")) {
                // Bounded wait for the refusal line instead of a sleep.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
                while (!printed.toString(StandardCharsets.UTF_8).contains("not signed by the pinned master key")
                        && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                    Thread.sleep(20);
                }
                assertTrue(printed.toString(StandardCharsets.UTF_8).contains("not signed by the pinned master key"),
                        printed.toString(StandardCharsets.UTF_8));
                assertTrue(!h.online().isDone(), "never online with an unverified server");
            }
        }
    }

    @Test
    void reconnectsAfterTheServerRestarts() throws Exception {
        int port;
        String id;
        RealServer s = RealServer.start(serverDir, 0);
        try (Host h = host(s, null, "hw-fingerprint-0001")) {
            try {
                id = h.online().get(WAIT, TimeUnit.SECONDS);
                port = s.port();
            } finally {
                s.close();
            }
            printed.reset();
            // Same data dir (same master key, same host store), same port: the host finds it again.
            try (RealServer again = RealServer.start(serverDir, port)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
                while (!printed.toString(StandardCharsets.UTF_8).contains("back online as " + id)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(printed.toString(StandardCharsets.UTF_8).contains("back online as " + id),
                        printed.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
