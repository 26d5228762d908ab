package se.esfkg.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver (installed by
 * scripts/install-test-tools.sh), with a fresh profile, no network but loopback, and axe-core
 * (bundled from the npm registry at build time) to check a page against WCAG 2.1 AA.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(function (r) {
                done(JSON.stringify(r.violations.map(function (v) {
                  return { id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' :: ' + n.failureSummary; }) };
                })));
              })
              .catch(function (e) { done(JSON.stringify([{ id: 'axe-error', help: String(e), nodes: [] }])); });
            """;

    /** One accessibility finding: the rule, what it asks, and the elements that break it. */
    record Violation(String id, String help, List<String> nodes) {
        @Override
        public String toString() {
            return id + " (" + help + "): " + String.join(" | ", nodes);
        }
    }

    final ChromeDriver driver;
    private final Path profile;
    private final String axeSource;

    Browser(String language) {
        try {
            profile = Files.createTempDirectory("esf-kg-chromium");
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is missing from the test classpath; run the Maven build");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** axe-core's WCAG 2.1 A and AA findings on the page as it is now. */
    List<Violation> axe() {
        driver.executeScript(axeSource);
        Object json = driver.executeAsyncScript(AXE_RUN);
        try {
            return new ObjectMapper().readValue(json.toString(), new TypeReference<List<Violation>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
