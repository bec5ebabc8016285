package com.vmsflow.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them when they are missing). Started as the machine needs it: as
 * root without the sandbox, with nothing that reaches out to the network on its own, a fresh profile each time, and
 * downloads saved to a folder without asking.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Fails, naming what to install, when the browser or its driver is missing: a browser test never skips. */
    static void requireInstalled() {
        for (Path program : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(program)) {
                throw new AssertionError(program + " is missing: the reports page's browser test needs Debian's"
                        + " Chromium and its driver. Install them with: apt-get install -y chromium chromium-driver"
                        + " (.ci/run does when /usr/bin/chromium is absent)");
            }
        }
    }

    /** A new browser with an empty profile under {@code home}, saving downloads to {@code downloads}. */
    static ChromeDriver start(Path home, Path downloads, int width, int height) {
        requireInstalled();
        try {
            Path profile = Files.createDirectories(home.resolve("profile"));
            Files.createDirectories(downloads);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--lang=en-US");
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    // The page saves each CSV from a script: allow more than one download without asking.
                    "profile.default_content_setting_values.automatic_downloads", 1));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString()))
                    .usingAnyFreePort()
                    .withLogOutput(java.io.OutputStream.nullOutputStream())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
