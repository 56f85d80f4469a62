package dev.peerdesk.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.auth.VerifierFactory;
import dev.peerdesk.host.session.Permission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostMainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(HostServices services, String stdin, String... args) {
        return new HostMain(services, Map.of("HOME", tmp.toString()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpDocumentsEveryOption() {
        assertEquals(0, run(HostServices.BUILT_IN, "", "--help"));
        for (String opt : new String[] {"--server", "--server-key", "--display", "--set-password", "--view-only",
            "--permissions", "--audit-syslog", "--data-dir", "--max-sessions"}) {
            assertTrue(out().contains(opt + " "), opt);
        }
    }

    @Test
    void serverWithoutSessionRuntimeFailsClearly() {
        int status = run(HostServices.BUILT_IN, "", "--server", "https://127.0.0.1:8443", "--data-dir",
                tmp.resolve("d").toString());
        assertEquals(1, status);
        assertTrue(err().contains("cannot connect to a signaling server yet"), err());
        assertFalse(out().contains("password"), "no password is shown for a host that is not reachable");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run(HostServices.BUILT_IN, "", "--bogus"));
        assertEquals(2, run(HostServices.BUILT_IN, "", "--server", "http://plain:80"));
        assertEquals(2, run(HostServices.BUILT_IN, "", "--audit-syslog", "syslog.example:514"));
        assertEquals(2, run(HostServices.BUILT_IN, "", "--server-key", "abc"));
        assertEquals(2, run(HostServices.BUILT_IN, "", "--view-only", "--permissions", "view,control"));
        assertEquals(2, run(HostServices.BUILT_IN, "", "--data-dir", tmp.toString()), "no --server");
        assertTrue(err().contains("--server URL is required"), err());
    }

    @Test
    void optionsParse() throws Exception {
        HostOptions o = HostOptions.parse(new String[] {"--server=https://s.example:8443", "--server-key",
            "AB:".repeat(31) + "AB", "--display", ":3", "--view-only", "--audit-syslog", "tcp://127.0.0.1:6514",
            "--max-sessions", "2"});
        assertEquals("s.example", o.server().getHost());
        assertEquals("ab".repeat(32), o.serverKey());
        assertEquals(":3", o.display());
        assertEquals(Permission.VIEW_ONLY, o.permissions());
        assertTrue(o.auditSyslog().tcp());
        assertEquals(2, o.maxSessions());
        assertEquals(Permission.ALL, HostOptions.parse(new String[0]).permissions());
        assertThrows(UsageException.class, () -> HostOptions.parse(new String[] {"--server"}));
    }

    @Test
    void setPasswordStoresOnlyAVerifierWhenSrpIsAvailable() throws Exception {
        assertEquals(1, run(HostServices.BUILT_IN, "correct horse battery\n", "--set-password", "--data-dir",
                tmp.resolve("a").toString()));
        assertTrue(err().contains("no SRP verifier implementation"), err());
        assertFalse(Files.exists(tmp.resolve("a").resolve("permanent-password.srp")));

        VerifierFactory fake = pw -> new StoredVerifier("test", new byte[] {1}, new byte[] {(byte) pw.length});
        HostServices withSrp = new HostServices() {
            @Override public Optional<VerifierFactory> verifierFactory() { return Optional.of(fake); }
            @Override public Optional<HostRunner> runner() { return Optional.empty(); }
        };
        Path dir = tmp.resolve("b");
        assertEquals(1, run(withSrp, "short\n", "--set-password", "--data-dir", dir.toString()));
        assertEquals(0, run(withSrp, "correct horse battery\n", "--set-password", "--data-dir", dir.toString()));
        Path stored = dir.resolve("permanent-password.srp");
        String text = Files.readString(stored);
        assertFalse(text.contains("horse"), "the password itself is never stored");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)));
        assertTrue(Files.readString(dir.resolve("audit.jsonl")).contains("\"event\":\"password_set\""));
        assertEquals(0, run(withSrp, "", "--clear-password", "--data-dir", dir.toString()));
        assertFalse(Files.exists(stored));
    }
}
