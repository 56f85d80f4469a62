package dev.peerdesk.transport.interop;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (TESTING.md flags, mDNS candidates left ON) on the interop page, served from a JDK
 * HttpServer on 127.0.0.1 (a secure context). Closing stops the driver, the browser and the server and
 * deletes the profile.
 */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final HttpServer server;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(HttpServer server, Path profile, ChromeDriver driver) {
        this.server = server;
        this.profile = profile;
        this.driver = driver;
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "chromium and chromium-driver are not installed (scripts/test installs them as root)");
    }

    public static Browser open() throws IOException {
        assumeInstalled();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] page;
            try (InputStream in = Browser.class.getResourceAsStream("/interop/peer.html")) {
                page = in.readAllBytes();
            }
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        Path profile = Files.createTempDirectory("peerdesk-chromium");
        ChromeDriver driver = null;
        try {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM);
            o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
            driver = new ChromeDriver(service, o);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            return new Browser(server, profile, driver);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.quit();
            }
            server.stop(0);
            delete(profile);
            throw e;
        }
    }

    /** Runs {@code return ...} style script. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an async script: the last argument is the callback; promises are awaited by wrapping. */
    public Object await(String promiseExpression, Object... args) {
        String s = "const done = arguments[arguments.length - 1];"
                + "Promise.resolve().then(() => " + promiseExpression + ")"
                + ".then(v => done({ok: v === undefined ? null : v}), e => done({err: String(e)}));";
        Object r = ((JavascriptExecutor) driver).executeAsyncScript(s, args);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) r;
        if (m.containsKey("err")) {
            throw new IllegalStateException("page: " + m.get("err"));
        }
        return m.get("ok");
    }

    /** Polls {@code condition} until true or {@code timeout}; a bounded wait for an event. */
    public static void waitFor(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.stop(0);
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp profile left behind is harmless
        }
    }
}
