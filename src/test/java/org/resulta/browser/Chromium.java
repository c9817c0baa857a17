package org.resulta.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Headless Debian Chromium for browser tests. Paths come from {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN}
 * (default {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}). Without them the tests are skipped, unless
 * {@code RESULTA_REQUIRE_BROWSER=true} (CI), which makes a missing browser fail the build.
 */
public final class Chromium {

    static final String BINARY = env("CHROMIUM_BIN", "/usr/bin/chromium");
    static final String DRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    private Chromium() {
    }

    /** For {@code @EnabledIf}. */
    public static boolean available() {
        boolean present = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
        if (!present && Boolean.parseBoolean(env("RESULTA_REQUIRE_BROWSER", "false"))) {
            throw new IllegalStateException("RESULTA_REQUIRE_BROWSER is true but Chromium (" + BINARY + ") or chromedriver ("
                    + DRIVER + ") is missing: apt-get install chromium chromium-driver");
        }
        return present;
    }

    /** A fresh headless browser with its own profile; the caller quits it. */
    static WebDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1360,1000", "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static Path newProfile() {
        try {
            return Files.createTempDirectory("resulta-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
