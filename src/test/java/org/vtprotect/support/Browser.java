package org.vtprotect.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driving the
 * application on its port, with a fresh profile under {@code target/}. Open one per test class.
 *
 * <p>Screenshots go to {@code target/screenshots/}; {@link #assertAccessible} runs axe-core.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;
    private final String owner;

    private Browser(ChromeDriver driver, String baseUrl, Path profile, String owner) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.owner = owner;
    }

    /** For {@code @EnabledIf}: browser tests run wherever the driver is installed (CI installs it). */
    public static boolean available() {
        return Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser for the application on {@code port}; {@code owner} prefixes its screenshots. */
    public static Browser open(int port, Class<?> owner) {
        return open(port, owner, new ChromeOptions());
    }

    /**
     * A browser that runs no script of the pages (as with JavaScript turned off in the settings),
     * to prove they work without it; the driver's own commands still work.
     */
    public static Browser withoutJavaScript(int port, Class<?> owner) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return open(port, owner, options);
    }

    private static Browser open(int port, Class<?> owner, ChromeOptions options) {
        Path profile =
                Path.of("target/browser-profiles", UUID.randomUUID().toString()).toAbsolutePath();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                // Bootstrap scrolls smoothly otherwise, and a click lands before the scroll ends
                "--force-prefers-reduced-motion",
                "--lang=en-GB",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, profile, owner.getSimpleName());
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Loads a page of the application, e.g. {@code visit("/login")}. */
    public Browser visit(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The path (and query) of the page shown now. */
    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** The first element matching that the reader can see (menus exist twice: phone and desktop). */
    public WebElement visible(By by) {
        return waitFor(d -> d.findElements(by).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    /** Signs in from the sign-in page (in English) and waits to be taken away from it. */
    public Browser signIn(String email, String password) {
        visit("/login?lang=en");
        submitSignIn(email, password);
        waitFor(d -> !path().startsWith("/login"));
        return this;
    }

    /**
     * Signs in as a fresh visitor on the way to {@code path}: forgets the current session, opens
     * the path, is sent to the sign-in form, signs in and waits to be back on the path.
     */
    public Browser signInTo(String path, String email, String password) {
        visit("/");
        driver.manage().deleteAllCookies();
        visit(path);
        waitFor(ExpectedConditions.urlContains("/login"));
        submitSignIn(email, password);
        waitFor(ExpectedConditions.urlContains(path));
        return this;
    }

    private void submitSignIn(String email, String password) {
        visible(By.id("email")).sendKeys(email);
        visible(By.id("password")).sendKeys(password);
        visible(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    public String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getDomAttribute(name);
    }

    /** Saves what the reader sees as {@code target/screenshots/<TestClass>-<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(owner + "-" + name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails listing every WCAG 2.1 A/AA violation axe-core finds on the page shown now. */
    public Browser assertAccessible(String page) {
        Accessibility.assertNoViolations(driver, page);
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a profile left behind under target/ does no harm
        }
    }
}
