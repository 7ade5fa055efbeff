package no.ipsbridge.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ipsbridge.infra.Workspace;

/**
 * Debian's Chromium, headless, driven through its own ChromeDriver: nothing downloaded, the same browser a CI machine
 * installs. A phone is a 360 × 640 viewport at twice the pixel density; a desk a 1280 × 800 window.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** One finding of axe-core: a WCAG rule broken on the page, how badly, and where. */
    record Violation(String id, String impact, String help, List<Map<String, Object>> nodes) {
        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeOptions options, Path profile) {
        this.profile = profile;
        // A specialist's phone keeps Norwegian time, as the services' calendar does; on this machine's UTC the
        // browser's "today" was yesterday between midnight and one in Oslo, before the client joined the caseload.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Oslo")).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    static Browser phone() {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 360, "height", 640, "pixelRatio", 2.0, "touch", true)));
        return start(options);
    }

    static Browser desk() {
        ChromeOptions options = options();
        options.addArguments("--window-size=1280,800");
        return start(options);
    }

    private static Browser start(ChromeOptions options) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them");
        }
        Path profile = Workspace.temporaryDirectory("ips-browser-");
        options.addArguments("--user-data-dir=" + profile);
        return new Browser(options, profile);
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: without these Chromium keeps asking Google's hosts and is refused.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage");
        return options;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Signs in on Keycloak's own login page, as a person would, and waits to be back on the app. */
    void signIn(String username, String password, String appUrl) {
        // With organisations on, the realm asks for the username first and the password on a page of its own.
        waitFor(By.id("username")).sendKeys(username, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.id("password"))).sendKeys(password, Keys.ENTER);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(appUrl));
        } catch (TimeoutException e) {
            throw new AssertionError("Signing in as " + username + " did not lead back to the app; Keycloak shows: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    void click(By locator) {
        driver.findElement(locator).click();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits until the app's service worker controls the page, so that the shell is there without a network. */
    void awaitServiceWorker() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                script("return navigator.serviceWorker.controller !== null")));
    }

    /** Cuts the browser off the network, as a phone in a tunnel, or connects it again. */
    void offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        driver.setNetworkConditions(conditions);
    }

    void reload() {
        driver.navigate().refresh();
    }

    /** The page's WCAG 2.1 A and AA findings by axe-core, run in the page as a checker would. */
    List<Violation> accessibilityViolations() {
        script(axeSource());
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                    .then(results => done(JSON.stringify(results.violations)))
                    .catch(error => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical',
                        help: String(error), nodes: [] }])));""");
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue((String) found, new TypeReference<List<Violation>>() { });
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

    /** Presses keys on whatever has the focus, as a keyboard does. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The browser's zoom, in per cent: the page gets a viewport that much narrower, drawn that much larger. */
    void zoom(int percent) {
        Number width = (Number) driver.executeScript("return window.outerWidth");
        Number height = (Number) driver.executeScript("return window.outerHeight");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width.intValue() * 100 / percent, "height", height.intValue() * 100 / percent,
                "deviceScaleFactor", percent / 100.0, "mobile", false));
    }

    /** Whether the page itself is wider than the window (WCAG 1.4.10: content reflows instead). */
    boolean horizontallyScrolls() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth");
    }

    /** The whole page, not only what the window shows: for the screenshots in the documentation. */
    void screenshotOfThePage(Path file) {
        Number height = (Number) script("return document.documentElement.scrollHeight");
        Number width = (Number) script("return document.documentElement.scrollWidth");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's script from its webjar, whichever version the build put on the classpath. */
    private static String axeSource() {
        Properties webjar = new Properties();
        try (InputStream pom = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            webjar.load(pom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = "META-INF/resources/webjars/axe-core/" + webjar.getProperty("version") + "/axe.min.js";
        try (InputStream in = resource(script)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Browser.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("axe-core is not on the test classpath: " + name);
        }
        return in;
    }

    @Override
    public void close() {
        driver.quit();
        Workspace.deleteRecursively(profile);
    }
}
