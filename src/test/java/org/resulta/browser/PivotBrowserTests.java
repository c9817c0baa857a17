package org.resulta.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pivot table in a real browser on the demo government (the same application context as
 * {@link JourneyBrowserTests}): an officer opens it from the navigation, puts units down the rows and periods across
 * the columns, reads the statuses in words, and downloads the same table as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resulta.demo=true",
        "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@EnabledIf(value = "org.resulta.browser.Chromium#available",
        disabledReason = "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PivotBrowserTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    WebDriver browser;
    Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        profile = Chromium.newProfile();
        browser = Chromium.start(profile);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    @Test
    void anOfficerPivotsUnitsAgainstPeriodsAndDownloadsTheTable() {
        signIn("officer");
        browser.findElement(By.cssSelector("nav a[href='/analytics/pivot']")).click();
        waitFor(By.id("pivot-form"));

        new Select(browser.findElement(By.id("pivot-units"))).selectByValue("subtree");
        new Select(browser.findElement(By.id("pivot-period-type"))).selectByValue("quarter");
        new Select(browser.findElement(By.id("pivot-rows"))).selectByValue("unit");
        new Select(browser.findElement(By.id("pivot-columns"))).selectByValue("period");
        new Select(browser.findElement(By.id("pivot-measure"))).selectByValue("status");
        Select indicators = new Select(browser.findElement(By.id("pivot-indicators")));
        indicators.selectByIndex(0);
        String indicator = indicators.getFirstSelectedOption().getAttribute("value");
        WebElement show = browser.findElement(By.id("pivot-show"));
        show.click();
        // the page before may hold a table too: wait for it to go, or the old table passes for the new one
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(show));
        waitFor(By.id("pivot-table"));

        WebElement table = browser.findElement(By.id("pivot-table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Status by unit");
        List<WebElement> columns = table.findElements(By.cssSelector("thead th[scope='col']"));
        assertThat(columns.get(0).getText()).isEqualTo("Unit");
        assertThat(columns.subList(1, columns.size())).hasSize(4).allSatisfy(c -> assertThat(c.getText()).startsWith("Q"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.get(0).findElement(By.cssSelector("th[scope='row']")).getText()).isNotBlank();
        assertThat(table.findElements(By.cssSelector("td .badge"))).isNotEmpty()
                .allSatisfy(b -> assertThat(b.getText()).isNotBlank());
        screenshot("pivot-units-by-quarter");

        WebElement download = browser.findElement(By.id("pivot-csv"));
        assertThat(download.getAttribute("href")).contains("indicators=" + indicator).contains("rows=unit");
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.text().then(function (t) {"
                        + " done(r.status + '|' + r.headers.get('content-type') + '|' + t); }); });",
                download.getAttribute("href"));
        String[] answer = String.valueOf(csv).split("\\|", 3);
        assertThat(answer[0]).isEqualTo("200");
        assertThat(answer[1]).startsWith("text/csv");
        List<String> lines = answer[2].lines().toList();
        assertThat(lines.get(0)).startsWith("Unit,Q");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines.get(1)).startsWith(rows.get(0).findElement(By.cssSelector("th[scope='row']")).getText());
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.cssSelector("header .user"));
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(locator).isEmpty());
    }

    private void screenshot(String name) {
        try {
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }
}
