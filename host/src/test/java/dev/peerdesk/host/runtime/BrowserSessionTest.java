package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.audit.AuditSink;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.session.Frames;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The whole chain below SRP with a real browser: Chromium asks the real signaling server for the
 * host's ID, offers, trickles, and opens the three data channels on the host's PeerConnection; its
 * (deliberately malformed) hello on `control` gets the host's typed error back and an audited end.
 * The SRP part is covered in HostSessionTest and by the viewer's end-to-end tests.
 */
class BrowserSessionTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    Path serverDir;
    @TempDir
    Path hostDir;

    @Test
    void chromiumReachesTheHostThroughSignalingAndGetsATypedErrorForAMalformedHello() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "chromium and chromium-driver are not installed (scripts/test installs them)");
        List<AuditEvent> audit = new CopyOnWriteArrayList<>();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        AuditSink sink = new AuditSink() {
            @Override
            public void write(AuditEvent e) {
                audit.add(e);
            }

            @Override
            public void close() {}
        };
        try (RealServer s = RealServer.start(serverDir, 0);
                Host host = Host.start(new HostConfig(s.https(), null, null, Permission.ALL, 1, "hw-browser-test-01",
                        new FakeScreen()), DataDir.open(hostDir, Map.of()),
                        new AuditLog(InstantSource.system(), List.of(sink), out), out, new SecureRandom())) {
            String id = host.online().get(30, TimeUnit.SECONDS);
            Path profile = Files.createTempDirectory("peerdesk-chromium");
            ChromeDriver driver = null;
            try {
                ChromeOptions o = new ChromeOptions();
                o.setBinary(CHROMIUM);
                // The test server's certificate is self-signed; the page only needs WSS to it.
                o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--ignore-certificate-errors", "--user-data-dir=" + profile);
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
                driver = new ChromeDriver(service, o);
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                driver.get(s.https() + "/healthz");
                String script = new String(BrowserSessionTest.class.getResourceAsStream("/browser-viewer.js")
                        .readAllBytes(), StandardCharsets.UTF_8);
                Object got = ((JavascriptExecutor) driver).executeAsyncScript(script,
                        "wss://127.0.0.1:" + s.port() + "/ws/viewer", id);
                assertTrue(got instanceof String hex && !hex.startsWith("error"), String.valueOf(got));
                ErrorMessage e = (ErrorMessage) Frames.decodeAll(HexFormat.of().parseHex((String) got)).get(0);
                assertEquals(ErrorCode.PROTOCOL_VIOLATION, e.code());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (audit.stream().noneMatch(a -> a.type() == AuditEvent.Type.SESSION_END)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                AuditEvent end = audit.stream().filter(a -> a.type() == AuditEvent.Type.SESSION_END).findFirst()
                        .orElseThrow(() -> new AssertionError("no session end in " + audit));
                assertEquals(AuditEvent.Transport.DIRECT, end.transport());
                assertEquals(false, end.fields().get("authenticated"));
            } finally {
                if (driver != null) {
                    driver.quit();
                }
                delete(profile);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
