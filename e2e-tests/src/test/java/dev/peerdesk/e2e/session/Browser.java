package dev.peerdesk.e2e.session;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (TESTING.md flags, mDNS host candidates left ON as in real use, a fresh
 * profile) driving the real viewer page. The server's certificate is self-signed, so certificate
 * errors are ignored; the page's own trust is the master key it embeds.
 */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final Path launcher;
    private final ChromeDriverService service;
    public final ChromeDriver driver;
    private final List<String> console = new ArrayList<>();

    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    Browser() throws IOException {
        this(null);
    }

    /**
     * Chromium inside the network namespace {@code namespace} (null: this one). ChromeDriver stays
     * here and drives it over --remote-debugging-pipe (file descriptors survive {@code ip netns exec};
     * a DevTools TCP port inside the namespace would be out of ChromeDriver's reach).
     */
    public Browser(String namespace) throws IOException {
        profile = Files.createTempDirectory("peerdesk-e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        if (namespace == null) {
            launcher = null;
            options.setBinary(CHROMIUM);
        } else {
            launcher = Files.createTempFile("peerdesk-e2e-chromium-", ".sh");
            Files.writeString(launcher, "#!/bin/sh\nexec ip netns exec " + namespace + " " + CHROMIUM + " \"$@\"\n");
            launcher.toFile().setExecutable(true);
            options.setBinary(launcher.toString());
            options.addArguments("--remote-debugging-pipe");
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--ignore-certificate-errors", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver started = null;
        try {
            started = new ChromeDriver(service, options);
        } finally {
            if (started == null) {
                service.stop();
                delete(profile);
                deleteLauncher();
            }
        }
        driver = started;
    }

    public void open(String url) {
        driver.get(url);
        await(Duration.ofSeconds(30), () -> "idle".equals(body("data-stage")));
    }

    public void connect(String id, String password) {
        driver.findElement(By.id("host-id")).clear();
        driver.findElement(By.id("host-id")).sendKeys(id);
        driver.findElement(By.id("password")).clear();
        driver.findElement(By.id("password")).sendKeys(password);
        // Forget the last attempt's outcome, so waiting for the next one never reads the old one.
        js("document.body.setAttribute('data-stage', 'submitting'); document.body.setAttribute('data-error', '');");
        driver.findElement(By.id("connect")).click();
    }

    public String body(String attribute) {
        return driver.findElement(By.tagName("body")).getAttribute(attribute);
    }

    public String awaitStage(Duration timeout, String... stages) {
        List<String> wanted = List.of(stages);
        return await(timeout, () -> {
            String s = body("data-stage");
            return wanted.contains(s) ? s : null;
        });
    }

    /** The "peerdesk ..." console lines so far (without the prefix). */
    public List<String> consoleLines() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            int i = m.indexOf("peerdesk ");
            if (i >= 0) {
                String line = m.substring(i + "peerdesk ".length());
                console.add(line.endsWith("\"") ? line.substring(0, line.length() - 1) : line);
            }
        }
        return console;
    }

    /** The canvas pixel at (x, y) in remote-screen coordinates, as 0xRRGGBB. */
    int pixel(int x, int y) {
        Object v = js("var d = document.getElementById('screen').getContext('2d').getImageData(arguments[0], arguments[1], 1, 1).data;"
                + " return d[0] * 65536 + d[1] * 256 + d[2];", x, y);
        return ((Number) v).intValue();
    }

    long frames() {
        String f = body("data-frames");
        return f == null || f.isEmpty() ? 0 : Long.parseLong(f);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T await(Duration timeout, java.util.function.Supplier<T> condition) {
        return new WebDriverWait(driver, timeout).until(d -> {
            T v = condition.get();
            return v instanceof Boolean b ? (b ? v : null) : v;
        });
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
            deleteLauncher();
        }
    }

    private void deleteLauncher() throws IOException {
        if (launcher != null) {
            Files.deleteIfExists(launcher);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
