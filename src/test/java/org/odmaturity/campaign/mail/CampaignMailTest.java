package org.odmaturity.campaign.mail;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.monitoring.Scrape;
import org.odmaturity.web.Formats;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Campaign invitations through a real SMTP server (GreenMail in the test JVM): what the email says and carries, that
 * its link opens the right diagnostic, failures and retries, the rate limit, resuming after a dead instance, and two
 * senders sending each email once.
 */
@QuarkusTest
@TestProfile(MailTestProfile.class)
class CampaignMailTest {

    @Inject
    MailSender sender;

    @BeforeEach
    void emptyQueue() {
        drain(sender);
    }

    /** The text/plain and text/html parts of a multipart/alternative email. */
    record Parts(String text, String html) {
        static Parts of(MimeMessage message) throws MessagingException, IOException {
            assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
            Multipart multipart = (Multipart) message.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            assertNotNull(text, "no text/plain part");
            assertNotNull(html, "no text/html part");
            return new Parts(text, html);
        }
    }

    private static MimeMessage only(String email) {
        List<MimeMessage> received = SmtpServer.receivedBy(email);
        assertEquals(1, received.size(), "emails received by " + email);
        return received.get(0);
    }

    @Test
    void invitationsInFrenchByDefaultCarryTheirOwnLinkWhichOpensTheRightDiagnostic() throws Exception {
        LocalDate deadline = today().plusDays(30);
        String campaignName = unique("Campagne invitations");
        long campaign = campaign(campaignName, deadline);
        String nameA = unique("Commune d'Alpha");
        String nameB = unique("Commune de Bravo");
        String nameC = unique("Commune sans adresse");
        String emailA = email("alpha");
        String emailB = email("bravo");
        long diagA = diagnostic(organization(nameA, "Camille Martin", emailA), campaign);
        long diagB = diagnostic(organization(nameB, null, emailB), campaign);
        long diagC = diagnostic(organization(nameC, "Personne", null), campaign);

        JsonPath queued = queue(campaign, "{\"kind\": \"invitation\"}");
        assertEquals(2, queued.getInt("queued"));
        assertEquals(List.of(Map.of("diagnosticId", (int) diagC, "organization", nameC, "reason", "no-email")),
                queued.getList("skipped").stream().map(s -> {
                    Map<?, ?> m = (Map<?, ?>) s;
                    return Map.of("diagnosticId", m.get("diagnosticId"), "organization", m.get("organization"),
                            "reason", m.get("reason"));
                }).toList());
        assertEquals(List.of("queued", "queued"), messages(campaign, "").stream().map(m -> m.get("status")).toList());
        assertEquals(2, drain(sender));

        MimeMessage a = only(emailA);
        assertEquals(MailTestProfile.FROM, a.getFrom()[0].toString());
        assertEquals(emailA, a.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString());
        assertEquals(MailTestProfile.REPLY_TO, a.getReplyTo()[0].toString());
        assertEquals("Invitation : diagnostic de maturité open data – " + campaignName, a.getSubject());
        assertEquals("fr", a.getHeader("Content-Language", null));
        Parts parts = Parts.of(a);
        String date = Formats.date(java.util.Locale.FRENCH, deadline);
        for (String body : List.of(parts.text(), parts.html().replace("&#39;", "'").replace("&amp;", "&"))) {
            assertTrue(body.contains("Bonjour Camille Martin,"), body);
            assertTrue(body.contains("DataGrandEst invite " + nameA), body); // who asks
            assertTrue(body.contains("Pourquoi ?"), body); // why
            assertTrue(body.contains("Environ 30 à 45 minutes"), body); // how long
            assertTrue(body.contains("avant le " + date), body); // the deadline
            assertTrue(body.contains("par groupes d'au moins cinq organisations"), body); // the answers
            assertFalse(body.contains(nameB), body);
        }
        String token = MailWorld.token(parts.text());
        assertEquals(token, MailWorld.token(parts.html()), "the same link in both parts");
        assertTrue(parts.html().contains("href=\"http://localhost:" + RestAssured.port + "/i/" + token + "\""),
                parts.html());
        assertFalse(parts.html().contains("<img"), "no tracking pixel, no image");

        // the link opens A's diagnostic, and only A's
        Response opened = RestAssured.given().redirects().follow(false).get("/i/" + token);
        assertEquals(303, opened.statusCode());
        String landing = RestAssured.given().cookies(opened.getCookies()).get(opened.header("Location"))
                .then().statusCode(200).extract().asString();
        assertTrue(landing.contains(nameA.replace("'", "&#39;")) || landing.contains(nameA), landing);
        assertFalse(landing.contains(nameB), landing);
        // B was greeted without a name, and got a different link
        Parts partsB = Parts.of(only(emailB));
        assertTrue(partsB.text().startsWith("Bonjour,"), partsB.text());
        assertFalse(partsB.text().contains(token));

        // the record: sent, one attempt, and A's link (labelled after the email) was used
        Map<String, Object> recordA = messages(campaign, "?diagnosticId=" + diagA).get(0);
        assertEquals("sent", recordA.get("status"));
        assertEquals(1, recordA.get("attempts"));
        assertEquals("invitation", recordA.get("kind"));
        assertEquals("fr", recordA.get("locale"));
        assertNotNull(recordA.get("sentAt"));
        assertNotNull(recordA.get("linkLastUsedAt"), "opening the link shows on the record");
        assertNull(messages(campaign, "?diagnosticId=" + diagB).get(0).get("linkLastUsedAt"));
        assertFalse(admin().get("/api/campaigns/" + campaign + "/messages").asString().contains(token),
                "the token is never stored nor shown");
        List<String> labels = admin().get("/api/diagnostics/" + diagA + "/invitations").then().statusCode(200)
                .extract().jsonPath().getList("label");
        assertEquals(List.of("Courriel d'invitation n° " + recordA.get("id")), labels);

        // queueing again sends nothing new: everyone is invited already (or has no address)
        JsonPath again = queue(campaign, "{\"kind\": \"invitation\"}");
        assertEquals(0, again.getInt("queued"));
        assertEquals(List.of("already-invited", "already-invited", "no-email"), again.getList("skipped.reason"));
        assertEquals(0, drain(sender));
        assertEquals(1, SmtpServer.receivedBy(emailA).size());
    }

    @Test
    void englishInvitationsAreWrittenInEnglish() throws Exception {
        LocalDate deadline = today().plusDays(20);
        String campaignName = unique("Campaign in English");
        long campaign = campaign(campaignName, deadline);
        String name = unique("Ville de Charlie");
        String to = email("charlie");
        diagnostic(organization(name, "Alex Smith", to), campaign);
        assertEquals(1, queue(campaign, "{\"kind\": \"invitation\", \"locale\": \"en\"}").getInt("queued"));
        drain(sender);
        MimeMessage message = only(to);
        assertEquals("Invitation: open data maturity diagnostic – " + campaignName, message.getSubject());
        assertEquals("en", message.getHeader("Content-Language", null));
        Parts parts = Parts.of(message);
        assertTrue(parts.text().contains("Hello Alex Smith,"), parts.text());
        assertTrue(parts.text().contains("Please submit your answers by "
                + Formats.date(java.util.Locale.ENGLISH, deadline) + "."), parts.text());
        assertTrue(parts.text().contains("Start the diagnostic"), parts.text());
        assertTrue(parts.html().contains("<html lang=\"en\">"), parts.html());
        assertEquals("en", messages(campaign, "").get(0).get("locale"));
    }

    @Test
    void aRefusedEmailIsFailedWithTheServersAnswerItsLinkRevokedAndARetrySendsIt() throws Exception {
        long campaign = campaign(unique("Campagne refus"), today().plusDays(30));
        String to = email("refus");
        long diagnostic = diagnostic(organization(unique("Commune qui refuse"), null, to), campaign);
        SmtpServer.refuse(to, true);
        double failedBefore = Scrape.read().value("odm_campaign_emails_total", "outcome", "failed");
        try {
            queue(campaign, "{\"kind\": \"invitation\"}");
            assertEquals(0, drain(sender));
        } finally {
            SmtpServer.refuse(to, false);
        }
        // counted once, as failed (docs/operations.md, "Monitoring and logs")
        assertEquals(1, Scrape.read().value("odm_campaign_emails_total", "outcome", "failed") - failedBefore, 0.0);
        Map<String, Object> failed = messages(campaign, "").get(0);
        assertEquals("failed", failed.get("status"));
        assertTrue(String.valueOf(failed.get("smtpReply")).contains("451"), "the SMTP answer: " + failed);
        assertNotNull(failed.get("failedAt"));
        assertEquals(0, SmtpServer.receivedBy(to).size());
        // the link made for the failed email is revoked: no usable link is left behind
        List<Map<String, Object>> links = admin().get("/api/diagnostics/" + diagnostic + "/invitations").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, links.size());
        assertNotNull(links.get(0).get("revokedAt"), "link of a failed email: " + links);
        assertEquals(1, messages(campaign, "?status=failed").size());
        assertEquals(0, messages(campaign, "?status=sent").size());

        long id = ((Number) failed.get("id")).longValue();
        admin().post("/api/campaigns/" + campaign + "/messages/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("queued"));
        // a second click changes nothing while it waits
        admin().post("/api/campaigns/" + campaign + "/messages/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("queued")).body("attempts", equalTo(1));
        assertEquals(1, drain(sender));
        Map<String, Object> sent = messages(campaign, "").get(0);
        assertEquals("sent", sent.get("status"));
        assertEquals(2, sent.get("attempts"));
        String token = MailWorld.token(Parts.of(only(to)).text());
        RestAssured.given().redirects().follow(false).get("/i/" + token).then().statusCode(303);
        // a sent email cannot be retried
        admin().post("/api/campaigns/" + campaign + "/messages/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
        // another campaign's id: not found
        long other = campaign(unique("Autre campagne"), today().plusDays(30));
        admin().post("/api/campaigns/" + other + "/messages/" + id + "/retry").then().statusCode(404);
    }

    @Test
    void noMoreThanTheRatePerMinuteLeaves() {
        long campaign = campaign(unique("Campagne débit"), today().plusDays(30));
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String to = email("debit");
            addresses.add(to);
            diagnostic(organization(unique("Commune débit"), null, to), campaign);
        }
        queue(campaign, "{\"kind\": \"invitation\"}");
        Clock clock = MailWorld.clock();
        long start = System.nanoTime();
        MailSender.Report first = sender.runOnce(clock, 3, 100);
        assertEquals(3, first.sent(), first.toString());
        // within the same minute: nothing more leaves, whatever the batch size
        assertEquals(0, sender.runOnce(clock, 3, 100).claimed());
        assertEquals(0, sender.runOnce(Clock.offset(clock, Duration.ofSeconds(59)), 3, 100).claimed());
        // a minute later, three more
        assertEquals(3, sender.runOnce(Clock.offset(clock, Duration.ofSeconds(61)), 3, 100).sent());
        assertEquals(1, sender.runOnce(Clock.offset(clock, Duration.ofSeconds(122)), 3, 100).sent());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("rate limit: 7 emails at 3 a minute in three windows, %d ms of work%n", millis);
        assertEquals(7, messages(campaign, "?status=sent").size());
        addresses.forEach(a -> assertEquals(1, SmtpServer.receivedBy(a).size()));
        // the batch size caps one run too
        long second = campaign(unique("Campagne lot"), today().plusDays(30));
        for (int i = 0; i < 4; i++) {
            diagnostic(organization(unique("Commune lot"), null, email("lot")), second);
        }
        queue(second, "{\"kind\": \"invitation\"}");
        assertEquals(2, sender.runOnce(MailWorld.clock(), 100, 2).claimed());
        drain(sender);
    }

    @Test
    void aClaimWhoseLeaseRanOutIsQueuedAgainAndSentOnce() throws Exception {
        long campaign = campaign(unique("Campagne bail"), today().plusDays(30));
        String to = email("bail");
        long diagnostic = diagnostic(organization(unique("Commune bail"), null, to), campaign);
        queue(campaign, "{\"kind\": \"invitation\"}");
        Clock clock = MailWorld.clock();
        // an instance claims it, then dies before sending
        assertEquals(1, sender.claimOnly(clock, 100, 10).size());
        assertEquals("sending", messages(campaign, "").get(0).get("status"));
        // while the lease (5 minutes) holds, no other run takes it
        MailSender.Report during = sender.runOnce(Clock.offset(clock, Duration.ofMinutes(4)), 100, 10);
        assertEquals(0, during.requeued());
        assertEquals("sending", messages(campaign, "").get(0).get("status"));
        // after it, the next run queues it again and sends it
        MailSender.Report after = sender.runOnce(Clock.offset(clock, Duration.ofMinutes(6)), 100, 10);
        assertEquals(1, after.requeued(), after.toString());
        assertEquals(1, after.sent(), after.toString());
        Map<String, Object> record = messages(campaign, "").get(0);
        assertEquals("sent", record.get("status"));
        assertEquals(2, record.get("attempts"));
        assertEquals(1, SmtpServer.receivedBy(to).size());
        // exactly one link, the one of the email that left
        assertEquals(1, admin().get("/api/diagnostics/" + diagnostic + "/invitations").then().extract().jsonPath()
                .getList("$").size());
    }

    @Test
    void twoConcurrentSendersSendEachEmailExactlyOnce() throws Exception {
        long campaign = campaign(unique("Campagne concurrence"), today().plusDays(30));
        List<String> addresses = new ArrayList<>();
        int count = 60;
        for (int i = 0; i < count; i++) {
            String to = email("concurrence");
            addresses.add(to);
            diagnostic(organization(unique("Commune concurrente"), null, to), campaign);
        }
        long queueing = System.nanoTime();
        assertEquals(count, queue(campaign, "{\"kind\": \"invitation\"}").getInt("queued"));
        System.out.printf("queueing %d invitations: %d ms%n", count, (System.nanoTime() - queueing) / 1_000_000);
        Clock clock = MailWorld.clock();
        Callable<Integer> instance = () -> {
            int sent = 0;
            while (true) {
                MailSender.Report report = sender.runOnce(clock, 100_000, 4);
                sent += report.sent();
                if (report.claimed() == 0) {
                    return sent;
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(instance, instance));
            int a = runs.get(0).get();
            int b = runs.get(1).get();
            System.out.printf("two senders: %d + %d emails in %d ms%n", a, b, (System.nanoTime() - start) / 1_000_000);
            assertEquals(count, a + b);
            assertTrue(a > 0 && b > 0, "both senders took a share: " + a + " + " + b);
        } finally {
            pool.shutdownNow();
        }
        for (String to : addresses) {
            assertEquals(1, SmtpServer.receivedBy(to).size(), to);
        }
        List<Map<String, Object>> records = messages(campaign, "");
        assertTrue(records.stream().allMatch(r -> "sent".equals(r.get("status")) && ((Number) r.get("attempts"))
                .intValue() == 1), records.toString());
    }

    @Test
    void queueingRefusesWhatCannotBeDone() {
        String name = unique("Campagne refus de file");
        long campaign = campaign(name, today().plusDays(30));
        long other = campaign(unique("Campagne voisine"), today().plusDays(30));
        long mine = diagnostic(organization(unique("Commune à moi"), null, email("moi")), campaign);
        long theirs = diagnostic(organization(unique("Commune voisine"), null, email("voisine")), other);
        // a diagnostic of another campaign: 422 naming it, nothing queued
        admin().contentType(ContentType.JSON)
                .body("{\"kind\": \"invitation\", \"diagnosticIds\": [" + mine + ", " + theirs + "]}")
                .post("/api/campaigns/" + campaign + "/messages").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("diagnosticIds[1]"));
        assertEquals(List.of(), messages(campaign, ""));
        // an unknown kind, an unknown language: 400/422 naming the field
        admin().contentType(ContentType.JSON).body("{\"kind\": \"spam\"}")
                .post("/api/campaigns/" + campaign + "/messages").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("kind"));
        admin().contentType(ContentType.JSON).body("{\"kind\": \"invitation\", \"locale\": \"de\"}")
                .post("/api/campaigns/" + campaign + "/messages").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("locale"));
        admin().contentType(ContentType.JSON).body("{\"kind\": \"invitation\"}")
                .post("/api/campaigns/987654321/messages").then().statusCode(404);
        admin().get("/api/campaigns/" + campaign + "/messages?status=lost").then().statusCode(400)
                .body(containsString("status"));
        // only the chosen diagnostics
        assertEquals(1, queue(campaign, "{\"kind\": \"invitation\", \"diagnosticIds\": [" + mine + "]}")
                .getInt("queued"));
        drain(sender);
        // a closed campaign sends nothing more
        MailWorld.closeCampaign(campaign, name, today().plusDays(30));
        admin().contentType(ContentType.JSON).body("{\"kind\": \"reminder\"}")
                .post("/api/campaigns/" + campaign + "/messages").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theProgressPageGetsTheLatestMessagePerDiagnostic() {
        long campaign = campaign(unique("Campagne suivi"), today().plusDays(30));
        String to = email("suivi");
        long diagnostic = diagnostic(organization(unique("Commune suivie"), null, to), campaign);
        long silent = diagnostic(organization(unique("Commune muette"), null, null), campaign);
        queue(campaign, "{\"kind\": \"invitation\"}");
        drain(sender);
        Map<Long, CampaignMessages.MessageSummary> last = messagesService.lastByDiagnostic(campaign);
        assertEquals(List.of(diagnostic), List.copyOf(last.keySet()));
        CampaignMessages.MessageSummary summary = last.get(diagnostic);
        assertEquals(MessageStatus.SENT, summary.status());
        assertEquals(MessageKind.INVITATION, summary.kind());
        assertEquals(1, summary.sentCount());
        assertNull(summary.linkLastUsedAt());
        assertFalse(last.containsKey(silent));
    }

    @Inject
    CampaignMessages messagesService;

    @Test
    void theEmailPageSendsRemindsRetriesAndSavesTheReminderSettings() {
        String name = unique("Campagne page courriels");
        long campaign = campaign(name, today().plusDays(30));
        String to = email("page");
        String refused = email("page-refus");
        String orgName = unique("Commune de la page");
        diagnostic(organization(orgName, null, to), campaign);
        diagnostic(organization(unique("Commune qui refuse la page"), null, refused), campaign);
        String without = unique("Commune sans courriel de la page");
        long withoutId = organization(without, null, null);
        diagnostic(withoutId, campaign);
        org.odmaturity.testsupport.WebSession admin = org.odmaturity.testsupport.WebSession.admin();
        String path = "/admin/campagnes/" + campaign + "/courriels";

        // the campaign page links to it
        admin.given().get("/admin/campagnes/" + campaign).then().statusCode(200)
                .body(containsString("href=\"/admin/campagnes/" + campaign + "/courriels\""));
        String page = admin.given().get(path).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Courriels de la campagne"), page);
        assertTrue(page.contains("href=\"/admin/organisations/" + withoutId + "\""), "the ones without address");
        assertTrue(page.contains("Aucun courriel pour l'instant.") || page.contains("Aucun courriel pour l&#39;instant."));

        SmtpServer.refuse(refused, true);
        try {
            Response sent = admin.form().formParam("lang", "fr").post(path + "/invitations");
            assertEquals(303, sent.statusCode(), sent.asString());
            String notice = admin.given().get(sent.header("Location")).then().statusCode(200).extract().asString();
            assertTrue(notice.contains("2 courriel(s) mis en file d&#39;envoi.")
                    || notice.contains("2 courriel(s) mis en file d'envoi."), notice);
            assertTrue(notice.contains("1 organisation(s) sans adresse de contact."), notice);
            drain(sender);
        } finally {
            SmtpServer.refuse(refused, false);
        }
        String record = admin.given().get(path).then().statusCode(200).extract().asString();
        assertTrue(record.contains("Échec") && record.contains("451"), "the failure and the server's answer");
        assertTrue(record.contains(">Envoyé<"), record);
        assertTrue(record.contains("1 envoyé(s), 1 en échec, 0 en attente d"), "the summary above the table");
        long failedId = ((Number) messages(campaign, "?status=failed").get(0).get("id")).longValue();
        long sentId = ((Number) messages(campaign, "?status=sent").get(0).get("id")).longValue();
        // a sent one cannot be retried; the failed one can
        admin.form().formParam("message", sentId).post(path + "/renvoyer").then().statusCode(409)
                .body(containsString("ne peut pas être renvoyé"));
        admin.form().formParam("message", "abc").post(path + "/renvoyer").then().statusCode(409);
        Response retried = admin.form().formParam("message", failedId).post(path + "/renvoyer");
        assertEquals(303, retried.statusCode());
        assertEquals("queued", messages(campaign, "?diagnosticId=" + messages(campaign, "").stream()
                .filter(m -> ((Number) m.get("id")).longValue() == failedId).findFirst().orElseThrow()
                .get("diagnosticId")).get(0).get("status"));
        drain(sender);
        assertEquals(1, SmtpServer.receivedBy(refused).size());

        // remind now: both were just contacted, nothing goes
        Response reminded = admin.form().formParam("lang", "en").post(path + "/relances");
        assertEquals(303, reminded.statusCode());
        assertTrue(admin.given().get(reminded.header("Location")).asString()
                .contains("2 organisation(s) contactée(s) depuis moins de 7 jours."));

        // reminder settings: saved, refused with the field named, stale
        String form = admin.given().get(path).asString();
        assertTrue(form.contains("name=\"version\" value=\"0\""), "never saved yet");
        admin.form().formParam("enabled", "on").formParam("days", "14, 3").formParam("lang", "fr")
                .formParam("version", "0").post(path + "/relances-auto").then().statusCode(303);
        assertEquals(List.of(14, 3), admin().get("/api/campaigns/" + campaign + "/reminders").then()
                .header("ETag", "\"1\"").extract().jsonPath().getList("daysBefore"));
        String refusedForm = admin.form().formParam("enabled", "on").formParam("days", "14, zéro")
                .formParam("version", "1").post(path + "/relances-auto").then().statusCode(422).extract().asString();
        assertTrue(refusedForm.contains("href=\"#days\""), "the error summary links to the field");
        assertTrue(refusedForm.contains("aria-invalid=\"true\""));
        assertTrue(refusedForm.contains("value=\"14, zéro\""), "what was typed is kept");
        admin.form().formParam("enabled", "on").formParam("days", "10").formParam("version", "0")
                .post(path + "/relances-auto").then().statusCode(409).body(containsString("entre-temps"));
        // in English
        admin.given().get(path + "?lang=en").then().statusCode(200)
                .body(containsString("Campaign emails"), containsString("Automatic reminders"),
                        not(containsString("Relances automatiques")));
        // hostile text is escaped
        admin.given().get(path).then().body(not(containsString("<script>")));
    }

    @Test
    void hostileRecipientNamesAreEscapedInTheHtmlPart() throws Exception {
        long campaign = campaign(unique("Campagne échappement"), today().plusDays(30));
        String to = email("echappement");
        diagnostic(organization(unique("Commune <b>grasse</b>"), "<script>alert(1)</script>", to), campaign);
        queue(campaign, "{\"kind\": \"invitation\"}");
        drain(sender);
        Parts parts = Parts.of(only(to));
        assertFalse(parts.html().contains("<script>"), parts.html());
        assertFalse(parts.html().contains("<b>grasse</b>"), parts.html());
        assertTrue(parts.html().contains("&lt;script&gt;"), parts.html());
        assertTrue(parts.text().contains("Bonjour <script>alert(1)</script>,"), "the text part is plain text");
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
