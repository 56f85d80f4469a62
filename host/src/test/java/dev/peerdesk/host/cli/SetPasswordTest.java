package dev.peerdesk.host.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.auth.FileVerifierStore;
import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.runtime.RuntimeServices;
import dev.peerdesk.host.runtime.SrpVerifiers;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set-password} with the real services: only an SRP verifier of the password is stored. */
class SetPasswordTest {
    @TempDir
    Path tmp;

    @Test
    void storesTheSrpVerifierOfThePasswordReadFromStdinAndNothingElse() throws Exception {
        String password = "correct horse battery staple";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new HostMain(new RuntimeServices(), Map.of("HOME", tmp.toString()),
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)), null,
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()))
                .run(new String[] {"--set-password", "--data-dir", tmp.resolve("d").toString()});
        assertEquals(0, status, out.toString());
        StoredVerifier v = new FileVerifierStore(DataDir.open(tmp.resolve("d"), Map.of())).load().orElseThrow();
        assertEquals(SrpVerifiers.SCHEME, v.scheme());
        SrpVerifier expected = SrpVerifier.generate(SrpVerifiers.PARAMS, v.salt(), ViewerHandshake.IDENTITY, password);
        assertArrayEquals(expected.verifier(), v.verifier());
        for (Path p : Files.list(tmp.resolve("d")).toList()) {
            assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains(password), p.toString());
        }
        assertTrue(out.toString().contains("Permanent password set"));
    }
}
