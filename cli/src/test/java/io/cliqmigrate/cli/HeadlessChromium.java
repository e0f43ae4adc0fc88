package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its own chromedriver, both found on PATH (CI installs them; a machine
 * without them fails the tests rather than skipping them). Every page it opens is watched from before its first
 * script: Content-Security-Policy violations and {@code alert} calls are recorded for the test to read.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Runs in each page before the page's own script; DevTools injects it, so the page's policy does not apply. */
    private static final String WATCH = """
            window.__watch = {violations: [], alerts: []};
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__watch.violations.push(e.violatedDirective + ' ' + e.blockedURI);
            });
            window.alert = window.confirm = window.prompt = function (m) { window.__watch.alerts.push(String(m)); };
            """;

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start() {
        Path chromium = onPath("chromium");
        Path chromedriver = onPath("chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                // no sandbox: CI runs as root in a container, where Chromium's sandbox cannot start
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-extensions", "--window-size=1280,900", "--hide-scrollbars");
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        return new HeadlessChromium(driver);
    }

    /** The executable named {@code name} on PATH; a failed test, with what to install, when there is none. */
    static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("The browser tests need '" + name + "' on PATH: install the Debian packages "
                + "chromium and chromium-driver (apt-get install -y chromium chromium-driver); .ci/run does so.");
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the page and waits for its script to have drawn the findings table; returns the page's URL. */
    String open(Path html) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        String url = html.toUri().toString();
        driver.get(url);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"true".equals(driver.executeScript("return document.documentElement.getAttribute('data-ready')"))) {
            assertThat(System.nanoTime()).as("the page's script ran to its end within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
        return url;
    }

    /** Console messages at error level since the page was opened. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The URL of every request the page made since it was opened, the page itself included. */
    List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = MAPPER.readTree(entry.getMessage()).get("message");
                if ("Network.requestWillBeSent".equals(message.get("method").asText())) {
                    urls.add(message.get("params").get("request").get("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    @SuppressWarnings("unchecked")
    List<String> watched(String what) {
        return (List<String>) driver.executeScript("return window.__watch." + what + ".slice()");
    }

    void screenshot(Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
