package dev.peerdesk.relay.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.peerdesk.relay.RelayConfig;
import dev.peerdesk.relay.TurnRelay;
import dev.peerdesk.relay.auth.Credentials;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium: two RTCPeerConnections in one page, relay-only ICE with our relay as the only
 * server (TURN over UDP, then over TCP), exchange 10 MB over a data channel; hashes must match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChromiumRelayTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String SECRET = "chromium-secret";

    private TurnRelay relay;
    private HttpServer http;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "chromium/chromedriver not installed (apt-get install chromium chromium-driver)");
        RelayConfig c = new RelayConfig();
        c.listen = InetAddress.getLoopbackAddress();
        c.ports.add(0);
        c.authSecret = SECRET;
        c.allowLoopbackPeers = true; // both browsers' relayed addresses are on 127.0.0.1
        c.statsIntervalSeconds = 0;
        relay = TurnRelay.start(c);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        http.createContext("/", ex -> {
            byte[] page;
            try (InputStream in = ChromiumRelayTest.class.getResourceAsStream("/relay-datachannel.html")) {
                page = in.readAllBytes();
            }
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(page);
            }
        });
        http.start();
    }

    @AfterAll
    void stop() {
        if (http != null) {
            http.stop(0);
        }
        if (relay != null) {
            relay.stop();
        }
    }

    @ParameterizedTest(name = "TURN over {0}")
    @ValueSource(strings = {"udp", "tcp"})
    void tenMegabytesCrossTheRelayIntact(String transport) throws Exception {
        Path profile = Files.createTempDirectory("relay-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = null;
        try {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM);
            o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile);
            driver = new ChromeDriver(service, o);
            String user = (System.currentTimeMillis() / 1000 + 3600) + ":chromium";
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/?url="
                    + enc("turn:127.0.0.1:" + relay.ports().get(0) + "?transport=" + transport)
                    + "&user=" + enc(user) + "&pass=" + enc(Credentials.restPassword(SECRET, user));
            driver.get(url);
            JavascriptExecutor js = driver;
            String result = new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> {
                Object err = js.executeScript("return document.body.dataset.error || null");
                if (err != null) {
                    throw new AssertionError("page failed: " + err);
                }
                return (String) js.executeScript("return document.body.dataset.result || null");
            });
            assertTrue(result.contains("\"bytes\":10485760"), result);
            String sent = field(result, "sent");
            assertEquals(sent, field(result, "received"), "SHA-256 of what was sent and received");
            assertEquals("relay", field(result, "candidateType"), result);
            assertEquals(transport, field(result, "relayProtocol"), result);
            assertTrue(relay.counters().packetsToPeers() > 1000, "the bytes went through our relay");
        } finally {
            if (driver != null) {
                driver.quit();
            }
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"");
        if (at < 0) {
            return null;
        }
        int from = at + name.length() + 4;
        return json.substring(from, json.indexOf('"', from));
    }
}
