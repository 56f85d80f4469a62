package dev.peerdesk.viewer.check;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium through Debian's chromedriver, with the flags of TESTING.md and a fresh
 * profile directory that {@link #close} deletes. Quitting the driver ends Chromium too.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public HeadlessChromium() throws IOException {
        profile = Files.createTempDirectory("peerdesk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver started = null;
        try {
            started = new ChromeDriver(service, options);
        } finally {
            if (started == null) {
                service.stop();
                deleteProfile();
            }
        }
        driver = started;
    }

    /** Opens {@code url} and waits (bounded) for body's data-state; returns it. */
    public String run(String url, Duration timeout) {
        driver.get(url);
        return new WebDriverWait(driver, timeout).until(d -> {
            String state = d.findElement(By.tagName("body")).getAttribute("data-state");
            return state == null || state.isEmpty() ? null : state;
        });
    }

    public String bodyAttribute(String name) {
        return driver.findElement(By.tagName("body")).getAttribute(name);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() throws IOException {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
