package jp.resas.ops.testutils;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import jp.resas.ops.platform.security.LoginLinks;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * Debian's chromium driven headless through /usr/bin/chromedriver (same source package, so the versions
 * match), with a fresh profile. Each page it checks runs axe-core in the page (no serious or critical
 * violation) and must leave no console error and no failed request in the browser log.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    private static final String AXE = axeSource();

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    public Browser(String base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("resas-portal-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=ja-JP", "--window-size=1280,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens a session as {@code user} through a one-time login link, as {@code resas-ops login-url} prints it. */
    public Browser loginAs(String user, String... groups) {
        driver.manage().deleteAllCookies();
        String token = new LoginLinks(TestPlatform.SECRET, Clock.systemUTC()).issue(user, List.of(groups));
        open("/portal/login?token=" + token);
        return this;
    }

    public Browser open(String path) {
        browserErrors();
        driver.get(base + path);
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String source() {
        return driver.getPageSource();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser choose(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
        return this;
    }

    /**
     * Clicks; when the click loads another page (a link, a form's submit), returns once that page has
     * replaced this one, so what follows reads the new page. A link to a page or the submit of a form that
     * passes its own checks must load a page: waits up to {@link #NAVIGATION} for it, and fails if none
     * came. Any other click (a checkbox, a disclosure, a submit the browser's validation stops) may stay:
     * waits at most {@link #SETTLE} for a page it might load.
     */
    public Browser click(String css) {
        WebElement target = find(css);
        boolean navigates = Boolean.TRUE.equals(driver.executeScript(NAVIGATES, target));
        return afterNavigation(target::click, navigates);
    }

    /**
     * Presses keys (as a person at the keyboard: Tab, Enter...) that load another page, and returns once it
     * has replaced this one; fails if no page came.
     */
    public Browser pressKeys(CharSequence... keys) {
        return afterNavigation(() -> new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform(), true);
    }

    private Browser afterNavigation(Runnable action, boolean navigates) {
        WebElement old = driver.findElement(By.tagName("html"));
        action.run();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, navigates ? NAVIGATION : SETTLE)
                    .until(d -> replaced(old) && "complete".equals(
                            ((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            if (navigates) {
                throw new AssertionError("no page replaced " + url() + " within " + NAVIGATION.toSeconds() + " s", stayed);
            }
        }
        return this;
    }

    /** Slow CI machines included: how long a page that must come may take. */
    private static final Duration NAVIGATION = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    /** Whether clicking the element must load a page: a page link, or a submit whose form passes its checks. */
    private static final String NAVIGATES = """
            const e = arguments[0];
            const link = e.closest('a[href]');
            if (link) {
              const href = link.getAttribute('href');
              return !link.hasAttribute('download') && !link.target && !href.startsWith('#')
                  && !href.startsWith('javascript:') && !/\\.(csv|xlsx|docx|zip|pdf)([?#].*)?$/.test(href);
            }
            const button = e.closest('button, input[type=submit], input[type=image]');
            if (!button || !button.form) return false;
            const type = (button.getAttribute('type') || 'submit').toLowerCase();
            if (type !== 'submit' && type !== 'image') return false;
            return button.formNoValidate || button.form.noValidate || button.form.checkValidity();
            """;

    /**
     * Whether the page's old root is gone. Chromium reports a node of a replaced document either as a stale
     * element or, mid-navigation, as an inspector error saying the node does not belong to the document.
     */
    private static boolean replaced(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Runs axe-core on the page: returns the serious and critical violations (id: help, first target). */
    @SuppressWarnings("unchecked")
    public List<String> seriousViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.id + ': ' + v.help + ' @ ' + JSON.stringify(v.nodes.map(n => n.target))))
                ).catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /** Console errors and failed requests the page logged since the last check. */
    public List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * What every tested page must pass: Japanese and {@code lang="ja"}, no serious or critical axe-core
     * violation, no console error or failed request; and a screenshot under target/ for docs/portal.md.
     */
    public Browser checkPage(String screenshot) {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(seriousViolations()).as("axe-core serious/critical violations on " + url()).isEmpty();
        assertThat(browserErrors()).as("console errors / failed requests on " + url()).isEmpty();
        screenshot(screenshot);
        return this;
    }

    /** The same checks on a page answered with a refusal status (400/403/409): only that status may be logged. */
    public Browser checkRefusedPage(String screenshot, int status) {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(seriousViolations()).as("axe-core serious/critical violations on " + url()).isEmpty();
        assertThat(browserErrors()).as("console errors / failed requests on " + url())
                .allMatch(message -> message.contains("status of " + status));
        screenshot(screenshot);
        return this;
    }

    public Path screenshot(String name) {
        Long height = (Long) driver.executeScript("return Math.max(document.body.scrollHeight, 800)");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 40, 4000)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The session cookie the browser holds, to forge requests with it from outside the browser. */
    public Map<String, String> cookies() {
        return driver.manage().getCookies().stream().collect(java.util.stream.Collectors.toMap(
                org.openqa.selenium.Cookie::getName, org.openqa.selenium.Cookie::getValue));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    /** axe-core 4.11.0 from the npm package (axe.min.js, MPL-2.0), kept under src/test/resources/portal/. */
    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/portal/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe.min.js is missing from src/test/resources/portal/", e);
        }
    }
}
