package org.odmaturity.diagnostic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The paginated list of diagnostics in headless Chromium: axe finds no serious or critical problem on either page, on
 * a desktop and a phone, and the pagination is used with the keyboard (the link of the current page is announced as
 * such).
 */
@QuarkusTest
class InterviewListBrowserTest {

    @Test
    void thePaginationIsAccessibleAndKeyboardUsable() {
        String email = TestData.uniqueEmail("liste-nav");
        long facilitator = TestData.facilitator(email);
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign = TestData.campaign("Campagne pages " + suffix);
        for (int i = 0; i <= InterviewResource.PAGE_SIZE; i++) {
            TestData.diagnostic(TestData.organization("Commune paginée " + i + " " + suffix), campaign, "interview",
                    facilitator);
        }
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.desktop().signIn(email, TestData.password(email));
            browser.open("/animation?campagne=" + campaign);
            assertEquals(InterviewResource.PAGE_SIZE,
                    driver.findElements(By.cssSelector("tr[data-diagnostic]")).size());
            assertEquals("1", current(driver).getText().replace("Page", "").strip());
            assertNoBlockingViolation(browser);
            browser.phone();
            assertNoBlockingViolation(browser);
            browser.desktop();

            // keyboard: the next page's link takes the focus and Enter follows it
            WebElement next = driver.findElement(By.cssSelector(".itv-pager a[rel='next']"));
            next.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("page=2"));
            assertEquals(1, driver.findElements(By.cssSelector("tr[data-diagnostic]")).size());
            assertEquals("2", current(driver).getText().replace("Page", "").strip());
            assertTrue(driver.findElement(By.cssSelector(".itv-pager a[rel='prev']")).isDisplayed());
            assertNoBlockingViolation(browser);
        }
    }

    private static WebElement current(WebDriver driver) {
        return driver.findElement(By.cssSelector(".itv-pager a[aria-current='page']"));
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        assertEquals(List.of(), violations.stream().map(Rule::getId).toList(), browser.driver().getCurrentUrl()
                + ": " + Browser.describe(violations));
    }
}
