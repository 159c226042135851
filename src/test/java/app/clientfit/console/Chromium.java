package app.clientfit.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its own chromedriver, both named by path, so that nothing is looked up or
 * downloaded while the tests run. {@code -Dchromedriver=} / {@code CHROMEDRIVER} and {@code -Dchromium=} /
 * {@code CHROMIUM} name other ones.
 */
final class Chromium {

    private Chromium() {
    }

    static WebDriver start() throws IOException {
        File driver = new File(setting("chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!driver.canExecute()) {
            throw new IllegalStateException("the browser tests need chromedriver at " + driver
                    + " (Debian: apt-get install chromium chromium-driver), or its path in -Dchromedriver=");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setting("chromium", "CHROMIUM", "/usr/bin/chromium"));
        Path profile = Files.createTempDirectory("chromium-profile");
        profile.toFile().deleteOnExit();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=en-US");
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? fallback : value;
    }
}
