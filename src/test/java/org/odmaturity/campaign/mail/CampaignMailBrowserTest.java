package org.odmaturity.campaign.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.campaign.mail.MailWorld.campaign;
import static org.odmaturity.campaign.mail.MailWorld.diagnostic;
import static org.odmaturity.campaign.mail.MailWorld.drain;
import static org.odmaturity.campaign.mail.MailWorld.email;
import static org.odmaturity.campaign.mail.MailWorld.messages;
import static org.odmaturity.campaign.mail.MailWorld.organization;
import static org.odmaturity.campaign.mail.MailWorld.queue;
import static org.odmaturity.campaign.mail.MailWorld.today;
import static org.odmaturity.campaign.mail.MailWorld.unique;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The campaign's email page in headless Chromium: with a sent, a failed email and an organisation without address,
 * at desktop and phone width, in French and English, no serious or critical axe violation and no sideways scrolling;
 * the failed email is sent again with the keyboard alone. Screenshots {@code docs/screenshots/campagne-courriels-*.png}.
 */
@QuarkusTest
@TestProfile(MailTestProfile.class)
class CampaignMailBrowserTest {

    private static final Path SHOTS = Path.of("docs/screenshots");
    private static Browser browser;

    @Inject
    MailSender sender;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theEmailPageIsAccessibleAndAFailedEmailIsSentAgainWithTheKeyboard() {
        drain(sender);
        long campaign = campaign(unique("Diagnostic open data 2026"), today().plusDays(30));
        diagnostic(organization(unique("Commune de Sélestat"), "Claire Weber", email("selestat")), campaign);
        String refused = email("saverne");
        diagnostic(organization(unique("Commune de Saverne"), null, refused), campaign);
        diagnostic(organization(unique("Commune d'Obernai"), null, null), campaign);
        SmtpServer.refuse(refused, true);
        try {
            queue(campaign, "{\"kind\": \"invitation\"}");
            drain(sender);
        } finally {
            SmtpServer.refuse(refused, false);
        }
        String path = "/admin/campagnes/" + campaign + "/courriels";
        browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        check(path + "?lang=fr", "campagne-courriels");
        check(path + "?lang=en", null);

        // keyboard only: Tab from the top reaches the "Renvoyer" button of the failed email; Enter sends it again
        browser.desktop().open(path + "?lang=fr");
        WebDriver driver = browser.driver();
        Actions keys = new Actions(driver);
        WebElement focused = null;
        for (int i = 0; i < 120; i++) {
            keys.sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if (focused.getText().startsWith("Renvoyer")) {
                break;
            }
        }
        assertTrue(focused != null && focused.getText().startsWith("Renvoyer"), "the retry button is not reachable");
        Object outline = ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle;");
        assertFalse("none".equals(outline), "no visible focus on the retry button");
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("ok=renvoi"));
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText()
                .contains("de nouveau en file d'envoi"));
        assertEquals(List.of("queued"), messages(campaign, "?status=queued").stream().map(m -> m.get("status"))
                .toList());
        drain(sender);
        assertEquals(2, messages(campaign, "?status=sent").size());
    }

    private static void check(String path, String shot) {
        browser.desktop().open(path);
        WebDriver driver = browser.driver();
        assertFalse(driver.getTitle().contains("Page introuvable") || driver.getTitle().contains("Accès refusé"),
                path + ": " + driver.getTitle());
        assertNoBlockingViolation(path);
        assertNoSidewaysScroll(path, "on a desktop");
        if (shot != null) {
            browser.screenshot(SHOTS.resolve(shot + "-desktop.png"));
        }
        browser.phone();
        assertNoBlockingViolation(path);
        assertNoSidewaysScroll(path, "on a phone");
        if (shot != null) {
            browser.screenshot(SHOTS.resolve(shot + "-phone.png"));
        }
        browser.desktop();
    }

    private static void assertNoBlockingViolation(String path) {
        List<Rule> violations = browser.axe();
        assertTrue(violations.isEmpty(), path + ": " + Browser.describe(violations));
    }

    private static void assertNoSidewaysScroll(String path, String where) {
        int overflow = browser.sidewaysOverflow();
        assertTrue(overflow <= 0, path + " scrolls sideways " + where + " by " + overflow
                + "px");
    }
}
