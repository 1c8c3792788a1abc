package org.odmaturity.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Self-test of {@link Browser} against {@code harness-check.html} (a test resource served by the test application):
 * the page loads in headless Chromium, JavaScript really is off when asked, axe runs and finds the page's deliberate
 * image-alt violation, screenshots are written, and Selenium Manager never runs.
 */
@QuarkusTest
class BrowserHarnessTest {

    private static final String PAGE = "/harness-check.html";

    @Test
    void pageLoadsWithJavaScriptAndAxeFindsTheMissingAlt(@TempDir Path dir) throws IOException {
        try (Browser browser = Browser.start()) {
            browser.open(PAGE);
            assertEquals("Browser harness check", browser.driver().getTitle());
            assertEquals("javascript-on", status(browser), "the page's script should have run");

            List<Rule> violations = browser.axe();
            String report = Browser.describe(violations);
            assertTrue(violations.stream().anyMatch(rule -> rule.getId().equals("image-alt")),
                    "axe should report the <img> without alt; got: " + report);
            assertTrue(report.contains("image-alt") && report.contains("#no-alt"), report);

            browser.phone();
            assertEquals(390L, ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"));
            Path shot = browser.screenshot(dir.resolve("shots/harness-phone.png"));
            byte[] header = Arrays.copyOf(Files.readAllBytes(shot), 8);
            assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, header,
                    "screenshot should be a PNG file");
        }
    }

    @Test
    void javaScriptCanBeTurnedOff() {
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.open(PAGE);
            assertEquals("Browser harness check", browser.driver().getTitle());
            assertEquals("javascript-off", status(browser), "the page's script must not run");
            // WebDriver's own scripts still run, so axe works on no-JS pages too.
            assertTrue(browser.axe().stream().anyMatch(rule -> rule.getId().equals("image-alt")));
        }
    }

    @AfterAll
    static void seleniumManagerNeverRan() throws IOException {
        try (Stream<Path> files = Files.list(Browser.seleniumManagerCache())) {
            assertEquals(List.of(), files.toList(), "Selenium Manager must not be invoked (nothing downloaded)");
        }
    }

    private static String status(Browser browser) {
        return browser.driver().findElement(By.id("js-status")).getText();
    }
}
