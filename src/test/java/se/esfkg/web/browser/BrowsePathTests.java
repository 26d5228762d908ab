package se.esfkg.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esfkg.web.EsfServer;
import se.esfkg.web.SeedData;

/**
 * A person's path through the site in a real headless Chromium, in Swedish and in English:
 * home → search → project → municipality → organisation → query page running an example. Every
 * page visited must pass axe-core's WCAG 2.1 AA rules; screenshots go to target/screenshots/.
 */
class BrowsePathTests {

    static final Path SHOTS = Path.of("target", "screenshots");

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void homeSearchProjectMunicipalityOrganisationQuery(String lang) {
        EsfServer server = SeedData.server();
        boolean sv = lang.equals("sv");
        List<String> findings = new ArrayList<>();
        try (Browser browser = new Browser(lang)) {
            var driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            int[] step = {0};
            Runnable check = () -> {
                String name = lang + "-" + (++step[0]) + "-" + driver.getCurrentUrl()
                        .replaceFirst("^https?://[^/]+/?", "").replaceAll("[^A-Za-z0-9]+", "-");
                browser.screenshot(SHOTS.resolve(name.replaceAll("-+$", "") + ".png"));
                browser.axe().forEach(v -> findings.add(driver.getCurrentUrl() + ": " + v));
                assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            };

            // Home: the language switch sticks for the rest of the visit.
            driver.get(server.url("/?lang=" + lang));
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo(sv ? "Socialfondens projektbank som länkade data" : "The Swedish ESF project bank as linked data");
            assertThat(driver.findElements(By.cssSelector("dl.figures dd")).get(0).getText()).isEqualTo("5");
            check.run();

            // Search from the header's box.
            WebElement box = driver.findElement(By.id("site-search-q"));
            box.sendKeys("\"socialt företagande\"");
            box.submit();
            wait.until(ExpectedConditions.urlContains("/search"));
            List<String> hits = driver.findElements(By.cssSelector("ol.hits h2 a")).stream().map(WebElement::getText).toList();
            assertThat(hits).containsExactlyInAnyOrder("Samverkan utan gränser", "VaraLyftet");
            assertThat(driver.findElements(By.cssSelector("ol.hits mark"))).isNotEmpty();
            check.run();

            // The project that works in two municipalities.
            driver.findElement(By.linkText("Samverkan utan gränser")).click();
            wait.until(ExpectedConditions.urlContains("/id/project/samverkan-utan-granser-2012"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Samverkan utan gränser");
            check.run();

            // Its municipality Hässleholm.
            driver.findElement(By.cssSelector("main a[href$='/id/municipality/1293']")).click();
            wait.until(ExpectedConditions.urlContains("/id/municipality/1293"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Hässleholm");
            check.run();

            // An organisation working there: one of Hässleholm's own departments.
            driver.findElement(By.cssSelector("main a[href*='/id/organisation/municipality-1293/']")).click();
            wait.until(ExpectedConditions.urlContains("/id/organisation/municipality-1293/"));
            check.run();

            // The query page: one click loads an example, the run button answers it.
            driver.findElement(By.cssSelector("header a[href$='/query']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasgui .yasqe")));
            driver.findElement(By.cssSelector("a.example[data-example='municipalities-sharing-partners']")).click();
            wait.until(d -> ((String) browser.driver.executeScript(
                    "return document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue()"))
                    .contains("esf:MunicipalityPair"));
            driver.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#yasgui .yasr"), "Kristianstad"));
            List<String> cells = driver.findElements(By.cssSelector("#yasgui .yasr table tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(cells).hasSize(10);
            assertThat(cells.get(0)).contains("Hässleholm").contains("Kristianstad").contains("4");
            check.run();
        }
        assertThat(findings).as("axe-core WCAG 2.1 AA findings").isEmpty();
    }
}
