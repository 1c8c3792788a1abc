package org.odmaturity.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.restassured.RestAssured;

/**
 * Headless Debian Chromium driven by Selenium, for {@code @QuarkusTest} page tests. Paths are fixed to the apt
 * packages {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run}); Selenium Manager is never
 * invoked, so nothing is downloaded. One instance = one browser process with its own fresh profile; use it in a
 * try-with-resources block.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {          // or Browser.withoutJavaScript()
 *     browser.phone().open("/diagnostics/12");
 *     assertEquals("...", browser.driver().getTitle());
 *     List<Rule> problems = browser.axe();
 *     assertTrue(problems.isEmpty(), Browser.describe(problems));
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    /** axe impacts this harness reports (minor/moderate findings are left to manual review). */
    public static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /**
     * Where Selenium Manager would unpack itself and its downloads if it were ever run: a private empty folder, so a
     * test can prove it stays empty ({@link #seleniumManagerCache()}).
     */
    private static final Path SELENIUM_MANAGER_CACHE;

    static {
        // Belt and braces: the explicit driver below already makes Selenium skip Selenium Manager (DriverFinder
        // returns the Service's executable). Should some code path still reach it, it runs offline (Selenium copies
        // SE_* system properties into its environment) and writes only into an empty, test-owned cache.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        try {
            SELENIUM_MANAGER_CACHE = Files.createTempDirectory("odm-selenium-manager-cache-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("SE_CACHE_PATH", SELENIUM_MANAGER_CACHE.toString());
        SELENIUM_MANAGER_CACHE.toFile().deleteOnExit();
    }

    private final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final boolean javaScript;

    private Browser(boolean javaScript) {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        this.javaScript = javaScript;
        try {
            this.profile = Files.createTempDirectory("odm-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new IllegalStateException("could not start headless " + CHROMIUM + " through " + CHROMEDRIVER
                    + " (versions must match: `chromium --version`, `chromedriver --version`)", e);
        }
        if (!javaScript) {
            // DevTools' switch for Blink's scriptEnabled setting, made before the first navigation and kept by the tab
            // for all later ones: the pages' <script> elements, inline handlers and timers do not run. Unlike
            // --blink-settings=scriptEnabled=false (fixed for the process) it can be lifted for axe() (see there).
            // Applies to this tab: pages opening new windows are out of scope.
            scriptExecutionDisabled(true);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    /** A desktop-sized browser with JavaScript on. */
    public static Browser start() {
        return new Browser(true);
    }

    /** A desktop-sized browser whose pages run no JavaScript (progressive-enhancement checks). */
    public static Browser withoutJavaScript() {
        return new Browser(false);
    }

    public WebDriver driver() {
        return driver;
    }

    public boolean javaScriptEnabled() {
        return javaScript;
    }

    public Browser desktop() {
        return windowSize(DESKTOP);
    }

    public Browser phone() {
        return windowSize(PHONE);
    }

    public Browser windowSize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /** The running test application's root, e.g. {@code http://localhost:40123} (from RestAssured, set by Quarkus). */
    public static String baseUrl() {
        String root = RestAssured.basePath == null ? "" : RestAssured.basePath.replaceAll("^/+|/+$", "");
        return RestAssured.baseURI + ":" + RestAssured.port + (root.isEmpty() ? "" : "/" + root);
    }

    /** Opens a path of the application under test ({@code "/diagnostics/1"}) and waits for the page to load. */
    public Browser open(String path) {
        driver.get(baseUrl() + (path.startsWith("/") ? path : "/" + path));
        return this;
    }

    /**
     * Signs in through the sign-in page ({@code /connexion}), as a person would: types the email and password and
     * submits. The browser then holds the session cookie; it lands on its role's home page (or {@code retour}).
     */
    public Browser signIn(String email, String password) {
        open("/connexion");
        driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("form[action='/connexion'] button[type=submit]"))
                .click();
        // wait for the signed-in page (its header has the sign-out form), so that a following open() cannot race
        // with the sign-in's redirect
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d
                .findElements(org.openqa.selenium.By.cssSelector("form[action='/deconnexion']")).isEmpty());
        return this;
    }

    /** Writes a PNG of the current viewport; parent folders are created. Returns the file. */
    /** How far the page at its current width scrolls sideways, in CSS pixels (0 or less: it fits). */
    public int sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    public Path screenshot(Path file) {
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "shot-", ".png");
            Files.write(tmp, png);
            return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page; returns the rules violated with a serious or critical impact. */
    public List<Rule> axe() {
        return axe(new AxeBuilder());
    }

    /** As {@link #axe()}, with a configured builder (e.g. {@code new AxeBuilder().include("main")}). */
    public List<Rule> axe(AxeBuilder builder) {
        // Legacy mode runs axe in the page itself. The default mode lowers the driver's page-load timeout to 1 s while
        // it looks for frames, and a busy machine's renderer then misses it ("Timed out receiving message from
        // renderer: 1.000"; CI failed on it). The pages have no frames, so both modes check the same DOM.
        builder.setLegacyMode(true);
        // A large page (the heatmap) on a loaded machine: give axe a minute rather than its 30 s.
        builder.setTimeout(60);
        Results results;
        if (javaScript) {
            results = builder.analyze(driver);
        } else {
            // axe-core is asynchronous (promises, timers), which a script-disabled page never runs: switch scripting
            // on just for the analysis. The page's own scripts were skipped at parse time and are not run by this,
            // so axe sees the no-JavaScript DOM.
            scriptExecutionDisabled(false);
            try {
                results = builder.analyze(driver);
            } finally {
                scriptExecutionDisabled(true);
            }
        }
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> rule.getImpact() != null
                        && BLOCKING_IMPACTS.contains(rule.getImpact().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
    }

    /**
     * Readable text for an assertion message: one block per rule (impact, id, help, link) with each offending
     * element's selector, HTML and axe's fix summary.
     */
    public static String describe(List<Rule> violations) {
        if (violations.isEmpty()) {
            return "no serious/critical accessibility violations";
        }
        StringBuilder text = new StringBuilder(violations.size() + " accessibility violation(s):");
        for (Rule rule : violations) {
            text.append("\n- [").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n    at ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml()));
                if (node.getFailureSummary() != null) {
                    text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        return text.toString();
    }

    private void scriptExecutionDisabled(boolean disabled) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", disabled));
    }

    /** The folder Selenium Manager would write into if it ever ran; stays empty. */
    public static Path seleniumManagerCache() {
        return SELENIUM_MANAGER_CACHE;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static String abbreviate(String html) {
        if (html == null) {
            return "";
        }
        String flat = html.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }

    private static void requireExecutable(Path path, String aptPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("browser tests need " + path + ": install it with `apt-get install -y "
                    + aptPackage + "` (.ci/run does this from its APT_PACKAGES list)");
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
