package io.roiassay.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench as a person uses it, in headless Chromium (Debian's chromium and chromium-driver): fill the
 * form, assess, read the verdict, switch to Chinese, get a field error, download the PDF. Skipped where
 * Chromium is not installed, except under CI ({@code CI=true}), where it must run.
 */
class WorkbenchBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path downloads;

    @BeforeAll
    static void openBrowser() throws Exception {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as("CI must have /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)").isTrue();
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1280,1600");
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        browser.get(TestServer.base().resolve("/").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-kpi]")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebElement field(String name) {
        return browser.findElement(By.name(name));
    }

    private static void type(WebElement e, String text) {
        e.clear();
        e.sendKeys(text);
    }

    @Test
    void aConsultantBuildsACaseAssessesItSwitchesLanguageFixesAnErrorAndDownloadsThePdf() throws Exception {
        type(field("id"), "browser-case");
        new Select(field("language")).selectByValue("en");
        type(field("employees"), "400");
        type(field("licensedUsers"), "60");
        type(field("activeUsers"), "50");
        browser.findElement(By.id("add-benefit")).click();
        type(browser.findElement(By.cssSelector("#benefits tr:last-child input[name=amount]")), "300000");
        new Select(browser.findElement(By.cssSelector("#benefits tr:last-child select[name=recurrence]"))).selectByValue("annual");
        new Select(browser.findElement(By.cssSelector("#benefits tr:last-child select[name=source]"))).selectByValue("measured");

        browser.findElement(By.id("assess")).click();
        wait.until(ExpectedConditions.textMatches(By.id("verdict"), java.util.regex.Pattern.compile("Verdict: \\w+")));
        assertThat(browser.findElement(By.id("verdict")).getText()).matches("Verdict: (strong|positive|marginal|negative|unproven) .*");
        assertThat(browser.findElement(By.id("report")).getAttribute("src")).startsWith("blob:");
        browser.switchTo().frame("report");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        // The report's own style sheet applies inside the frame: the page's CSP allows it by hash.
        assertThat(browser.findElement(By.tagName("main")).getCssValue("max-width")).isEqualTo("1040px");
        browser.switchTo().defaultContent();

        browser.findElement(By.id("lang-toggle")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ROI Assay 评估工作台");
        assertThat(browser.findElement(By.id("assess")).getText()).isEqualTo("评估");
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("结论");

        type(field("employees"), "-5");
        browser.findElement(By.id("assess")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=employees] + .field-error")));
        assertThat(error.getText()).isNotBlank();
        assertThat(field("employees").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("employees").getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));

        type(field("employees"), "400");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-kpi]")));
        assertThat(field("id").getAttribute("value")).isEqualTo("browser-case");
        assertThat(field("employees").getAttribute("value")).isEqualTo("400");

        browser.findElement(By.id("dl-pdf")).click();
        Path pdf = wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertThat(pdf.getFileName().toString()).isEqualTo("browser-case-report.pdf");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
