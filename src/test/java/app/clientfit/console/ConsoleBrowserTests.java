package app.clientfit.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console as a person uses it, in a real browser (headless Chromium) against the service on the real
 * rules/ folder: logging in as each role, evaluating every sample persona through the form, the limits of a
 * coach, and a form without its CSRF token. One browser for the whole class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserTests {

    /** Where the screenshot of an evaluation is left, for the docs. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate anonymous;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void logOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void shouldLeadEachRoleToItsPagesAfterLoggingIn() {
        logIn("coach");
        assertThat(browser.getCurrentUrl()).endsWith("/console/evaluate");
        assertThat(navigation()).contains("Evaluate", "Rules").doesNotContain("Evaluations", "Overview");
        logOutByButton();

        logIn("auditor");
        assertThat(browser.getCurrentUrl()).endsWith("/console");
        assertThat(navigation()).contains("Overview", "Evaluate", "Rules", "Evaluations");
        assertThat(browser.findElements(By.cssSelector("#weeks tbody tr"))).hasSize(OverviewController.WEEKS);
        assertThat(browser.findElements(By.id("chart-weeks"))).hasSize(1);
        logOutByButton();

        logIn("admin");
        open("/console/rules");
        assertThat(browser.findElement(By.id("reload")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#rule-list h3"))).extracting(WebElement::getText)
                .anyMatch(heading -> heading.contains("rules/payment-and-boundaries.xlsx") && heading.contains("sheet Payment"));
    }

    @Test
    void shouldGiveEveryPersonaTheSameVerdictThroughTheFormAsThroughTheApi() throws IOException {
        logIn("coach");
        for (Path persona : personas()) {
            String name = persona.getFileName().toString().replaceFirst("\\.json$", "");
            open("/console/evaluate");
            new Select(browser.findElement(By.id("persona"))).selectByValue(name);
            clickAndWait(By.id("load-persona"));
            clickAndWait(By.id("evaluate"));

            WebElement verdict = browser.findElement(By.cssSelector("#result [data-verdict]"));
            JsonNode api = evaluateThroughApi(Files.readString(persona));
            assertThat(verdict.getDomAttribute("data-verdict")).as(name).isEqualTo(api.get("verdict").asText());
            assertThat(browser.findElement(By.cssSelector("#result .score strong")).getText()).as(name)
                    .isEqualTo(api.get("score").asText());
            assertThat(browser.findElements(By.cssSelector("#result .fired li"))).as(name).hasSize(api.get("firedRules").size());
            if (name.equals("chronic-late-payer")) {
                screenshot("evaluate.png");
            }
        }
    }

    @Test
    void shouldSpeakGermanWhenAskedWithUmlauts() {
        logIn("coach");
        clickAndWait(By.cssSelector(".languages a[lang=de]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Einen Kunden bewerten");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Kontakte außerhalb der Arbeitszeit pro Monat");

        open("/console/rules");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regeln");
        assertThat(navigation()).contains("Bewerten");
    }

    @Test
    void shouldKeepACoachFromTheAdministratorsActions() {
        logIn("coach");
        open("/console/rules");
        assertThat(browser.findElements(By.id("reload"))).isEmpty();
        assertThat(browser.findElements(By.id("upload-file"))).isEmpty();

        submitWithToken("/console/rules/reload");
        assertThat(statusShown()).isEqualTo("403");

        open("/console/evaluations");
        assertThat(statusShown()).isEqualTo("403");
    }

    @Test
    void shouldShowTheAdministratorTheImpactFormTheClientListAndTheNodesInGerman() throws IOException {
        logIn("admin");
        clickAndWait(By.cssSelector(".languages a[lang=de]"));

        open("/console/rules");
        assertThat(browser.findElement(By.id("impact-file")).getDomAttribute("accept")).contains(".ods");
        screenshot("rules-de.png");
        open("/console/batch");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kundenliste");
        assertThat(browser.findElement(By.id("batch-file")).getDomAttribute("accept")).isEqualTo(".xlsx,.ods,.csv");
        screenshot("batch-de.png");
        open("/console/cluster");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Knoten dieses Dienstes");
        assertThat(browser.findElements(By.cssSelector("#nodes tbody tr"))).hasSize(1)
                .allSatisfy(row -> assertThat(row.getText()).contains("dieser Knoten"));
        screenshot("cluster-de.png");
    }

    @Test
    void shouldRefuseAFormPostedWithoutItsCsrfToken() {
        logIn("coach");
        open("/console/evaluate?persona=ideal-client");
        script("document.querySelectorAll('form.facts input[name=_csrf]').forEach(e => e.remove())");
        clickAndWait(By.id("evaluate"));

        assertThat(statusShown()).isEqualTo("403");
        assertThat(browser.findElements(By.id("result"))).isEmpty();
    }

    private void logIn(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-demo");
        clickAndWait(By.cssSelector("form.stacked button[type=submit]"));
    }

    private void logOutByButton() {
        clickAndWait(By.cssSelector("form.logout button"));
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
    }

    /** Clicks what leads to another page and waits until that page has loaded: the server may take a while. */
    private static void clickAndWait(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(browser, PAGE_LOAD);
        wait.until(driver -> isGone(page));
        wait.until(loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
    }

    /** Chromium reports an element of a page it has left as stale, or as a node that no longer belongs to the document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private List<String> navigation() {
        return browser.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
    }

    private String statusShown() {
        return browser.findElement(By.cssSelector("[data-status]")).getDomAttribute("data-status");
    }

    /** Posts a form to the path with this page's CSRF token, as a page could if it offered the button. */
    private void submitWithToken(String path) {
        script("const token = document.querySelector('input[name=_csrf]').value;"
                + "const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];"
                + "const input = document.createElement('input'); input.type = 'hidden'; input.name = '_csrf'; input.value = token;"
                + "form.appendChild(input); document.body.appendChild(form); form.submit();", path);
        new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-status]")));
    }

    private static void script(String code, Object... arguments) {
        ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private JsonNode evaluateThroughApi(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return anonymous.withBasicAuth("coach", "coach-demo")
                .postForObject("/api/evaluations", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static List<Path> personas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
