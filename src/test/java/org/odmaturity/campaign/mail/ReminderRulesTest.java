package org.odmaturity.campaign.mail;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import static org.odmaturity.testsupport.TestData.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The reminder rules, with the reminder job's day and time given by each test: on the chosen days before the deadline,
 * to organisations that have not submitted, at most one email a week, never after submission nor after the deadline,
 * once per reminder day whatever the number of instances; plus "remind now" and the settings' API.
 */
@QuarkusTest
@TestProfile(MailTestProfile.class)
class ReminderRulesTest {

    @Inject
    MailSender sender;

    @Inject
    CampaignMessages messagesService;

    @BeforeEach
    void emptyQueue() {
        drain(sender);
    }

    private static String reminders(long campaign) {
        return "/api/campaigns/" + campaign + "/reminders";
    }

    private static void enable(long campaign, String days) {
        String etag = admin().get(reminders(campaign)).then().statusCode(200).extract().header("ETag");
        admin().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"enabled\": true, \"daysBefore\": " + days + "}").put(reminders(campaign)).then()
                .statusCode(200);
    }

    private static void disable(long campaign) {
        String etag = admin().get(reminders(campaign)).then().statusCode(200).extract().header("ETag");
        admin().contentType(ContentType.JSON).header("If-Match", etag).body("{\"enabled\": false, \"daysBefore\": []}")
                .put(reminders(campaign)).then().statusCode(200);
    }

    private static List<Object> reminded(long campaign) {
        return messages(campaign, "?kind=reminder").stream().map(m -> m.get("diagnosticId")).sorted().toList();
    }

    @Test
    void remindersGoOnTheChosenDaysToThoseWhoHaveNotSubmittedAtMostOnceAWeek() throws Exception {
        LocalDate deadline = today().plusDays(60);
        String name = unique("Campagne relances");
        long campaign = campaign(name, deadline);
        String toX = email("relance-x");
        long x = diagnostic(organization(unique("Commune X"), "Dominique", toX), campaign);
        long w = diagnostic(organization(unique("Commune W"), null, email("relance-w")), campaign);
        long y = diagnostic(organization(unique("Commune Y déjà soumise"), null, email("relance-y")), campaign);
        diagnostic(organization(unique("Commune Z sans adresse"), null, null), campaign);
        MailWorld.submit(y);
        enable(campaign, "[3, 14, 10]");
        Instant now = Instant.now();
        try {
            // before the first reminder day: nothing
            messagesService.queueDueReminders(deadline.minusDays(15), now.plus(Duration.ofDays(45)));
            assertEquals(List.of(), reminded(campaign));
            // 14 days before: the two drafts with an address
            messagesService.queueDueReminders(deadline.minusDays(14), now.plus(Duration.ofDays(46)));
            assertEquals(List.of((int) x, (int) w), reminded(campaign));
            // again the same day (another run, another instance): nothing more
            messagesService.queueDueReminders(deadline.minusDays(14), now.plus(Duration.ofDays(46)));
            assertEquals(2, reminded(campaign).size());
            // W submits before its reminder leaves: it is not sent
            MailWorld.submit(w);
            drain(sender);
            assertEquals("cancelled", messages(campaign, "?diagnosticId=" + w).get(0).get("status"));
            MimeMessage reminder = SmtpServer.receivedBy(toX).get(0);
            assertEquals("Rappel : diagnostic de maturité open data – " + name, reminder.getSubject());
            String text = CampaignMailTest.Parts.of(reminder).text();
            assertTrue(text.contains("n'a pas encore été envoyé"), text);
            assertTrue(text.contains("Reprendre le diagnostic"), text);
            MailWorld.token(text);
            // 10 days before: X was reminded 4 days ago, at most one a week
            messagesService.queueDueReminders(deadline.minusDays(10), now.plus(Duration.ofDays(50)));
            assertEquals(1, messages(campaign, "?diagnosticId=" + x).size());
            // 3 days before: X again (11 days later); W has submitted, Y too
            messagesService.queueDueReminders(deadline.minusDays(3), now.plus(Duration.ofDays(57)));
            assertEquals(2, messages(campaign, "?diagnosticId=" + x).size());
            assertEquals(1, messages(campaign, "?diagnosticId=" + w).size());
            assertEquals(0, messages(campaign, "?diagnosticId=" + y).size());
            assertEquals(deadline.minusDays(3).toString(),
                    messages(campaign, "?diagnosticId=" + x).get(0).get("reminderDay"));
            drain(sender);
            assertEquals(2, SmtpServer.receivedBy(toX).size());
            // after the deadline: never
            messagesService.queueDueReminders(deadline.plusDays(1), now.plus(Duration.ofDays(70)));
            assertEquals(2, messages(campaign, "?diagnosticId=" + x).size());
        } finally {
            disable(campaign);
        }
    }

    @Test
    void remindersOffOrAClosedCampaignSendNothing() {
        LocalDate deadline = today().plusDays(90);
        String name = unique("Campagne sans relance");
        long campaign = campaign(name, deadline);
        diagnostic(organization(unique("Commune tranquille"), null, email("tranquille")), campaign);
        messagesService.queueDueReminders(deadline.minusDays(14), Instant.now().plus(Duration.ofDays(76)));
        assertEquals(List.of(), reminded(campaign));
        enable(campaign, "[14]");
        MailWorld.closeCampaign(campaign, name, deadline);
        messagesService.queueDueReminders(deadline.minusDays(14), Instant.now().plus(Duration.ofDays(76)));
        assertEquals(List.of(), reminded(campaign));
        disable(campaign);
    }

    @Test
    void twoInstancesQueueEachReminderOnce() throws Exception {
        LocalDate deadline = today().plusDays(120);
        long campaign = campaign(unique("Campagne relances concurrentes"), deadline);
        for (int i = 0; i < 12; i++) {
            diagnostic(organization(unique("Commune concurrente"), null, email("relance-conc")), campaign);
        }
        enable(campaign, "[7]");
        Instant now = Instant.now().plus(Duration.ofDays(113));
        Callable<Integer> instance = () -> messagesService.queueDueReminders(deadline.minusDays(7), now);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.invokeAll(List.of(instance, instance, instance, instance)).forEach(f -> {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            pool.shutdownNow();
            disable(campaign);
        }
        assertEquals(12, reminded(campaign).size());
        assertEquals(12, reminded(campaign).stream().distinct().count());
        drain(sender);
    }

    @Test
    void remindNowGoesToTheDraftsNotContactedThisWeek() {
        long campaign = campaign(unique("Campagne relance immédiate"), today().plusDays(30));
        long invited = diagnostic(organization(unique("Commune invitée"), null, email("invitee")), campaign);
        queue(campaign, "{\"kind\": \"invitation\", \"diagnosticIds\": [" + invited + "]}");
        drain(sender);
        long fresh = diagnostic(organization(unique("Commune jamais contactée"), null, email("fraiche")), campaign);
        long submitted = diagnostic(organization(unique("Commune soumise"), null, email("soumise")), campaign);
        MailWorld.submit(submitted);
        var result = queue(campaign, "{\"kind\": \"reminder\", \"locale\": \"en\"}");
        assertEquals(1, result.getInt("queued"));
        Map<Object, Object> reasons = new java.util.HashMap<>();
        result.getList("skipped", Map.class).forEach(s -> reasons.put(s.get("diagnosticId"), s.get("reason")));
        assertEquals(Map.of((int) invited, "recently-contacted", (int) submitted, "submitted"), reasons);
        assertEquals(List.of((int) fresh), reminded(campaign));
        // clicking twice queues nothing more
        assertEquals(0, queue(campaign, "{\"kind\": \"reminder\"}").getInt("queued"));
        drain(sender);
        assertEquals("sent", messages(campaign, "?kind=reminder").get(0).get("status"));
        // once the deadline has passed, a reminder would ask for the impossible
        long late = campaign(unique("Campagne échue"), today().minusDays(1));
        diagnostic(organization(unique("Commune en retard"), null, email("retard")), late);
        var lateResult = queue(late, "{\"kind\": \"reminder\"}");
        assertEquals(0, lateResult.getInt("queued"));
        assertEquals(List.of("deadline-passed"), lateResult.getList("skipped.reason"));
    }

    @Test
    void theSettingsAreVersionedAndChecked() {
        long campaign = campaign(unique("Campagne réglages"), today().plusDays(30));
        admin().get(reminders(campaign)).then().statusCode(200).header("ETag", "\"0\"")
                .body("enabled", equalTo(false)).body("daysBefore", equalTo(List.of(14, 3)));
        String body = "{\"enabled\": true, \"daysBefore\": [3, 14], \"locale\": \"en\"}";
        admin().contentType(ContentType.JSON).body(body).put(reminders(campaign)).then().statusCode(428);
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(reminders(campaign)).then()
                .statusCode(200).header("ETag", "\"1\"").body("daysBefore", equalTo(List.of(14, 3)))
                .body("locale", equalTo("en"));
        // a second writer who read version 0 does not overwrite silently
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(reminders(campaign)).then()
                .statusCode(412);
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"enabled\": true, \"daysBefore\": [0, 200]}").put(reminders(campaign)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("daysBefore[0]", "daysBefore[1]")));
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"enabled\": true, \"daysBefore\": []}").put(reminders(campaign)).then().statusCode(422)
                .body("errors[0].field", equalTo("daysBefore"));
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"daysBefore\": [3]}")
                .put(reminders(campaign)).then().statusCode(400);
        admin().get(reminders(987654321L)).then().statusCode(404);
        disable(campaign);
    }
}
