package org.resulta.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data encoder of the demo government uploads a CSV of actuals on the import page, follows the job's progress
 * and reads the report: one value saved, one row refused with its line, field and rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resulta.demo=true",
        "spring.datasource.url=jdbc:h2:mem:import-browser-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@EnabledIf(value = "org.resulta.browser.Chromium#available",
        disabledReason = "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;
    Path profile;
    Path upload;

    @BeforeAll
    void startBrowser() throws IOException {
        profile = Chromium.newProfile();
        browser = Chromium.start(profile);
        Files.createDirectories(JourneyBrowserTests.SCREENSHOTS);
        String month = Period.containing(LocalDate.now(), PeriodType.MONTHLY, Month.JANUARY).code();
        String earlier = Period.containing(LocalDate.now().minusMonths(1), PeriodType.MONTHLY, Month.JANUARY).code();
        upload = Files.createTempDirectory("resulta-import-upload").resolve("doh-r1.csv");
        Files.writeString(upload, "indicator,unit,period,disaggregation,value,comment\n"
                + JourneyBrowserTests.INDICATOR + "," + JourneyBrowserTests.UNIT + "," + month + ",,42,from the register\n"
                + JourneyBrowserTests.INDICATOR + "," + JourneyBrowserTests.UNIT + "," + earlier + ",,lots,\n");
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
        FileSystemUtils.deleteRecursively(upload.getParent());
    }

    @Test
    void anEncoderUploadsACsvAndReadsTheReport() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("encoder");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.cssSelector("header .user"));

        open("/imports");
        browser.findElement(By.id("import-file")).sendKeys(upload.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("input[name='mode'][value='skip-invalid']")).click();
        browser.findElement(By.cssSelector("#import-form button[type='submit']")).click();

        waitFor(By.id("import-bar"));
        waitFor(By.id("import-report"));
        assertThat(browser.findElement(By.id("import-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("import-state")).getText()).isEqualTo("done");
        assertThat(browser.findElement(By.id("import-summary")).getText()).startsWith("Saved: 2 rows read, 1 refused");
        assertThat(browser.findElement(By.id("import-created")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#import-errors tbody tr")).getText())
                .contains("3").contains("value").contains("number-format").contains("lots");
        screenshot("import-report");

        open("/imports");
        assertThat(browser.findElement(By.cssSelector("#import-jobs tbody tr")).getText()).contains("doh-r1.csv");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(locator).isEmpty());
    }

    private void screenshot(String name) {
        try {
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, JourneyBrowserTests.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }
}
