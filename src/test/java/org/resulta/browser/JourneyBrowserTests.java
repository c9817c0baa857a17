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
 * The main journeys in a real browser on the demo government: a data encoder signs in, enters this month's
 * actual for her unit and sees its status change on the scorecard; an officer opens a plan's results chain and
 * an indicator's page; a viewer is refused another department. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resulta.demo=true",
        "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@EnabledIf(value = "org.resulta.browser.Chromium#available",
        disabledReason = "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String INDICATOR = "DOH-08";
    static final String UNIT = "DOH-R1";

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
    void anEncoderEntersThisMonthsActualAndSeesTheStatusChange() {
        String month = Period.containing(LocalDate.now(), PeriodType.MONTHLY, Month.JANUARY).code();
        signIn("encoder");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Health");
        screenshot("home-scorecard-encoder");

        open("/scorecards/" + UNIT + "?period=" + month);
        assertThat(statusOf(INDICATOR)).isIn("Not yet due", "No data");

        enter(month, "60");
        open("/scorecards/" + UNIT + "?period=" + month);
        assertThat(statusOf(INDICATOR)).isEqualTo("Off track");

        enter(month, "30");
        open("/scorecards/" + UNIT + "?period=" + month);
        assertThat(statusOf(INDICATOR)).isEqualTo("On track");
        assertThat(row(INDICATOR).findElement(By.cssSelector(".actual")).getText()).isEqualTo("30");
        screenshot("scorecard-after-entry");
        signOut();
    }

    @Test
    void refusesAnImplausibleValueWithAMessageNextToTheInput() {
        String month = Period.containing(LocalDate.now(), PeriodType.MONTHLY, Month.JANUARY).code();
        signIn("encoder");
        open("/data-entry?unit=" + UNIT + "&period=" + month);
        WebElement input = browser.findElement(By.id(INDICATOR + "-value"));
        input.clear();
        input.sendKeys("lots");
        browser.findElement(By.id("save-entries")).click();
        waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("'lots' is not a number");
        assertThat(browser.findElement(By.id(INDICATOR + "-value")).getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("data-entry-error");
        signOut();
    }

    @Test
    void anOfficerReadsTheResultsChainAndAnIndicator() {
        signIn("officer");
        open("/plans");
        browser.findElement(By.cssSelector("#plans-table a")).click();
        waitFor(By.id("chain-svg"));
        assertThat(browser.findElements(By.cssSelector("#chain-svg a.node, #chain-svg a[class~=node]"))).hasSizeGreaterThan(5);
        screenshot("results-chain");

        open("/indicators/DOH-01");
        waitFor(By.cssSelector(".chart canvas"));
        assertThat(browser.findElements(By.cssSelector("#subunit-table tbody tr"))).hasSizeGreaterThan(1);
        screenshot("indicator");

        open("/");
        waitFor(By.cssSelector(".chart canvas"));
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof echarts")).isEqualTo("object");
        screenshot("home-scorecard-officer");

        open("/org-units");
        waitFor(By.cssSelector("#org-tree .branch"));
        screenshot("organisation");
        signOut();
    }

    /**
     * Issue 3's reporting cycle through the pages: the encoder reports last month for her region, a rule flags an
     * implausible waiting time, the off-track value needs an explanation before the report goes in, the unit head
     * verifies, the department approves and locks it, the locked value can no longer change, and every step is in
     * the audit trail.
     */
    @Test
    void aMonthsReportGoesFromEntryThroughApprovalToLockAndIntoTheAuditTrail() {
        String month = Period.containing(LocalDate.now(), PeriodType.MONTHLY, Month.JANUARY).previous().code();
        signIn("encoder");
        open("/data-entry?unit=" + UNIT + "&period=" + month);
        type("DOH-07-value", "81");
        type(INDICATOR + "-value", "900");
        type(INDICATOR + "-comment", "");
        clickAndWait(By.id("save-entries"));
        waitFor(By.cssSelector("#checks li[data-rule='DOH-08-JUMP']"));
        assertThat(browser.findElement(By.cssSelector("#checks li[data-rule='DOH-08-JUMP']")).getText())
                .startsWith("Please check");
        screenshot("reporting-rule-flag");

        clickAndWait(By.id("submit-report"));
        waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("DOH-08", "explain the variance");

        open("/data-entry?unit=" + UNIT + "&period=" + month);
        type(INDICATOR + "-comment", "Two of three OPD doctors were on leave; patients waited for the afternoon clinic.");
        clickAndWait(By.id("save-entries"));
        waitFor(By.cssSelector(".notice"));
        clickAndWait(By.id("submit-report"));
        waitFor(By.cssSelector(".notice"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).endsWith("submitted.");
        signOut();

        signIn("head");
        open("/reports?unit=" + UNIT + "&period=" + month);
        clickAndWait(By.id("verify-" + UNIT));
        waitFor(By.cssSelector(".notice"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).endsWith("verified.");
        if (!browser.findElements(By.id("approve-" + UNIT)).isEmpty()) {
            WebElement approve = browser.findElement(By.id("approve-" + UNIT));
            approve.click();
            // the refusal must have come back before the board is opened again, or the two loads race
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(approve));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isIn("You may not see this page", "Reports");
        }
        open("/reports?unit=" + UNIT + "&period=" + month);
        waitFor(By.id("report-table"));
        assertThat(browser.findElement(By.cssSelector("#report-table tr[data-unit='" + UNIT + "'] .badge")).getText())
                .as("approval belongs to the level above the unit head").isEqualTo("Verified");
        signOut();

        signIn("officer");
        open("/reports?unit=DOH&period=" + month);
        clickAndWait(By.id("approve-" + UNIT));
        waitFor(By.cssSelector(".notice"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).endsWith("approved.");
        clickAndWait(By.id("lock-" + UNIT));
        waitFor(By.cssSelector(".notice"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).endsWith("locked.");
        assertThat(browser.findElement(By.cssSelector("#report-table tr[data-unit='" + UNIT + "'] .badge")).getText())
                .isEqualTo("Locked");
        screenshot("reporting-locked");
        signOut();

        signIn("encoder");
        open("/data-entry?unit=" + UNIT + "&period=" + month);
        type(INDICATOR + "-value", "35");
        clickAndWait(By.id("save-entries"));
        waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).containsIgnoringCase("locked");
        open("/data-entry?unit=" + UNIT + "&period=" + month);
        assertThat(browser.findElement(By.id(INDICATOR + "-value")).getAttribute("value")).isEqualTo("900");
        signOut();

        signIn("officer");
        open("/audit/value?indicator=" + INDICATOR + "&unit=" + UNIT + "&period=" + month);
        assertThat(browser.findElements(By.cssSelector("#audit-table tbody tr")))
                .extracting(WebElement::getText)
                .anyMatch(row -> row.contains("encoder") && row.contains("900"));
        open("/audit?entity=APPROVAL&unit=" + UNIT);
        assertThat(browser.findElements(By.cssSelector("#audit-table tbody tr")))
                .extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains(month).contains("encoder").containsIgnoringCase("submit"))
                .anySatisfy(row -> assertThat(row).contains(month).contains("head").containsIgnoringCase("verif"))
                .anySatisfy(row -> assertThat(row).contains(month).contains("officer").containsIgnoringCase("approv"))
                .anySatisfy(row -> assertThat(row).contains(month).contains("officer").containsIgnoringCase("lock"));
        screenshot("reporting-audit");
        signOut();
    }

    @Test
    void anOfficerComparesTheFiveStrategiesAndEquityGaps() {
        signIn("officer");
        clickAndWait(By.linkText("Analyses"));
        waitFor(By.cssSelector("#strategy-chart canvas"));
        assertThat(browser.findElements(By.cssSelector("#strategy-table tbody tr[data-subject]"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.id("strategy-table")).getText()).contains("Inpatient days");
        assertThat(browser.findElements(By.cssSelector("#strategy-table .movement"))).isNotEmpty();
        tallScreenshot("strategies");

        open("/analytics/strategies?unit=DOH&basis=SUB_UNITS&output=DOH-16&input=DOH-15");
        waitFor(By.cssSelector("#strategy-chart canvas"));
        assertThat(browser.findElements(By.cssSelector("#strategy-table tbody tr[data-subject]"))).hasSize(4);

        clickAndWait(By.linkText("Equity gaps"));
        waitFor(By.cssSelector("#equity-chart canvas"));
        new Select(browser.findElement(By.id("indicator-select"))).selectByValue("DOH-17");
        // the page before has a chart too: wait for it to go, or the old chart passes for the new one
        clickAndWait(By.cssSelector("#equity-filter button[type=submit]"));
        waitFor(By.cssSelector("#equity-chart canvas"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("prenatal");
        assertThat(browser.findElements(By.cssSelector("#equity-table tbody tr[data-group]"))).hasSize(4);
        tallScreenshot("equity");

        clickAndWait(By.linkText("Scores up the chain"));
        waitFor(By.id("chain-score-table"));
        assertThat(browser.findElement(By.id("score-method")).getText()).isEqualTo("Weighted mean");
        assertThat(browser.findElements(By.cssSelector("#unit-score-table tbody tr"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#chain-score-table tbody tr"))).hasSizeGreaterThan(5);
        tallScreenshot("scores");

        open("/indicators/DOH-16?unit=DOH");
        waitFor(By.cssSelector("#projection-chart canvas"));
        assertThat(browser.findElement(By.id("verdict")).getText()).containsAnyOf("On track", "Not on track", "No projection");
        tallScreenshot("indicator-projection");
        signOut();
    }

    @Test
    void aViewerIsRefusedAnotherDepartment() {
        signIn("viewer");
        open("/scorecards/DEPED");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("You may not see this page");
        signOut();
    }

    @Test
    void anAdministratorSeesTheNationalScorecardWithSubUnits() {
        signIn("admin");
        waitFor(By.id("subunit-table"));
        assertThat(browser.findElements(By.cssSelector("#subunit-table tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Integer.parseInt(browser.findElement(By.id("count-green")).getText())).isPositive();
        assertThat(Integer.parseInt(browser.findElement(By.id("count-red")).getText())).isPositive();
        screenshot("home-scorecard-national");
        signOut();
    }

    @Test
    void rendersTheApiDocumentationUnderTheContentSecurityPolicy() {
        open("/swagger-ui.html");
        waitFor(By.cssSelector(".opblock-summary-path"));
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(WebElement::getText).anyMatch(path -> path.startsWith("/api/v1/scorecards"));
        screenshot("api-docs");
    }

    // ---- steps

    private void signIn(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.cssSelector("header .user"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header .user button")).click();
        waitFor(By.id("username"));
    }

    private void enter(String month, String value) {
        open("/data-entry?unit=" + UNIT + "&period=" + month);
        WebElement input = browser.findElement(By.id(INDICATOR + "-value"));
        input.clear();
        input.sendKeys(value);
        browser.findElement(By.id("save-entries")).click();
        waitFor(By.cssSelector(".notice"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Saved");
    }

    /** Clicks a button that submits a form and waits until its page has gone, so the next look is at the answer. */
    private void clickAndWait(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String statusOf(String indicator) {
        return row(indicator).findElement(By.cssSelector(".badge")).getText();
    }

    private WebElement row(String indicator) {
        return browser.findElement(By.cssSelector("#scorecard-table tr[data-indicator='" + indicator + "']"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void waitFor(By locator) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(locator).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout");
            throw new AssertionError("No " + locator + " on " + browser.getCurrentUrl() + " (screenshot timeout.png)", e);
        }
    }

    /** A screenshot of a taller window, for pages whose table runs below the chart. */
    private void tallScreenshot(String name) {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(before);
        }
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
