package io.roiassay.server;

import org.junit.jupiter.api.Assumptions;
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
 * One headless Chromium on the test server's workbench (Debian's chromium and chromium-driver), and what a browser
 * test does with it: fill a field, pick from a select, wait (saying what the page showed on a timeout), read the
 * report frame, wait for a download. Skipped where Chromium is not installed, except under CI ({@code CI=true}),
 * where it must run.
 */
final class WorkbenchSession {

    private WorkbenchSession() {
    }

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    static WebDriver browser;
    static WebDriverWait wait;
    static Path downloads;

    /** Starts Chromium on the test server's workbench, downloads going to a folder under {@code tmp}. */
    static void open(Path tmp) throws Exception {
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

    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    static WebElement field(String name) {
        return browser.findElement(By.name(name));
    }

    static void type(WebElement e, String text) {
        e.clear();
        e.sendKeys(text);
    }

    static Select select(String css) {
        return new Select(browser.findElement(By.cssSelector(css)));
    }

    /** Waits, and on a timeout says what the page showed (status line, error summary, pasted-case errors). */
    static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page shows: status '" + browser.findElement(By.id("status")).getText()
                    + "', summary '" + browser.findElement(By.id("summary")).getAttribute("textContent")
                    + "', pasted-case errors '" + browser.findElement(By.id("paste-errors")).getAttribute("textContent")
                    + "', verification '" + browser.findElement(By.id("verify-result")).getText() + "', field errors "
                    + browser.findElements(By.cssSelector(".field-error")).stream()
                            .map(x -> x.getAttribute("textContent")).toList(), e);
        }
    }

    /** The first downloaded file whose name ends with {@code suffix}, once it is complete. */
    static Path downloaded(String suffix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    static String frameText() {
        browser.switchTo().frame("report");
        String text = browser.findElement(By.tagName("body")).getText();
        browser.switchTo().defaultContent();
        return text;
    }

    static void reloadPage() {
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-kpi]")));
    }
}
