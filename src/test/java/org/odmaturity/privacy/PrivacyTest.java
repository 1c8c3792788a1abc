package org.odmaturity.privacy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.newSiren;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Personal data: export of what is held about an address, erasure, the retention purge, the pages. */
@QuarkusTest
class PrivacyTest {

    @Inject
    PrivacyService privacy;

    @Inject
    PrivacyConfig config;

    private static long organizationWithContact(String name, String email) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("siren", newSiren());
        body.put("type", "commune");
        body.put("contactName", "Camille Martin");
        body.put("contactEmail", email);
        body.put("contactPhone", "03 83 00 00 00");
        return admin().contentType(ContentType.JSON).body(body).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath export(String email) {
        return admin().contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/privacy/subject-export").then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().jsonPath();
    }

    private static List<Map<String, Object>> section(JsonPath export, String name) {
        return export.getList("sections.find { it.name == '" + name + "' }.rows");
    }

    @Test
    void theExportListsOrganisationsAccountsAndWhatWasRecordedUnderTheirName() {
        String email = TestData.uniqueEmail("camille");
        long org = organizationWithContact("Commune du contact exporté", email);
        long facilitator = TestData.facilitator(email);
        long campaign = TestData.campaign("Campagne RGPD " + org);
        long diagnostic = TestData.diagnostic(org, campaign, "interview", facilitator);
        TestData.as(email, TestData.password(email)).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("question", "budget", "value", true))))
                .header("If-Match", admin().get("/api/diagnostics/" + diagnostic).header("ETag"))
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);

        JsonPath export = export(email.toUpperCase());
        assertEquals(email, export.getString("email"));
        assertEquals(1, section(export, "organizationContacts").size());
        assertEquals(org, ((Number) section(export, "organizationContacts").get(0).get("id")).longValue());
        assertEquals("03 83 00 00 00", section(export, "organizationContacts").get(0).get("contact_phone"));
        assertEquals(1, section(export, "accounts").size());
        assertEquals(facilitator, ((Number) section(export, "accounts").get(0).get("id")).longValue());
        assertEquals(1, section(export, "answers").size());
        assertEquals("budget", section(export, "answers").get(0).get("question_id"));
        assertTrue(section(export, "answerHistory").size() >= 1);
        // an address that only contains the other one is not the same person
        assertEquals(0, section(export("x" + email), "organizationContacts").size());

        admin().contentType(ContentType.JSON).body(Map.of("email", "pas une adresse"))
                .post("/api/privacy/subject-export").then().statusCode(400);
    }

    @Test
    void deletingAContactErasesNameEmailAndPhoneAndMovesTheVersion() {
        String email = TestData.uniqueEmail("efface");
        long org = organizationWithContact("Commune au contact effacé", email);
        String before = admin().get("/api/organizations/" + org).header("ETag");
        Response erased = admin().delete("/api/organizations/" + org + "/contact");
        erased.then().statusCode(200).body("organizationId", equalTo((int) org));
        assertTrue(!before.equals(erased.header("ETag")));
        admin().get("/api/organizations/" + org).then().body("contactName", nullValue())
                .body("contactEmail", nullValue()).body("contactPhone", nullValue())
                .header("ETag", equalTo(erased.header("ETag")))
                .body("name", equalTo("Commune au contact effacé"));
        assertEquals(0, section(export(email), "organizationContacts").size());
        admin().delete("/api/organizations/" + org + "/contact").then().statusCode(200); // idempotent
        admin().delete("/api/organizations/999999999/contact").then().statusCode(404);
    }

    @Test
    void erasureByAddressReachesEveryOrganisationWithThatContact() {
        String email = TestData.uniqueEmail("partout");
        long one = organizationWithContact("Commune un", email);
        long two = organizationWithContact("Commune deux", email.toUpperCase());
        admin().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/privacy/subject-erasure")
                .then().statusCode(200).body("erased.organizationContacts", equalTo(2));
        for (long org : List.of(one, two)) {
            admin().get("/api/organizations/" + org).then().body("contactEmail", nullValue());
        }
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void campaignEmailsAreExportedThenAnonymisedAndAQueuedOneCancelled() {
        String email = TestData.uniqueEmail("courriel");
        long org = organizationWithContact("Commune aux courriels", email);
        long campaign = TestData.campaign("Campagne courriels RGPD " + org);
        long diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            for (String status : List.of("SENT", "QUEUED")) {
                em.createNativeQuery("insert into campaign_message (id, campaign_id, diagnostic_id, kind, locale, "
                        + "recipient_email, recipient_name, status, attempts, queued_at, created_by, version) values "
                        + "(nextval('campaign_message_seq'), ?1, ?2, 'INVITATION', 'fr', ?3, 'Camille Martin', ?4, 0, "
                        + "current_timestamp, 'test', 0)").setParameter(1, campaign).setParameter(2, diagnostic)
                        .setParameter(3, email).setParameter(4, status).executeUpdate();
            }
        });
        List<Map<String, Object>> messages = section(export(email), "campaignMessages");
        assertEquals(2, messages.size());
        assertEquals("Camille Martin", messages.get(0).get("recipient_name"));

        admin().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/privacy/subject-erasure")
                .then().statusCode(200).body("erased.campaignMessages", equalTo(2));
        assertEquals(0, section(export(email), "campaignMessages").size());
        List<?> statuses = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select status || ' ' || recipient_email || ' ' || coalesce(recipient_name, '-') from campaign_message "
                        + "where diagnostic_id = ?1 order by id").setParameter(1, diagnostic).getResultList());
        assertEquals(List.of("SENT " + CampaignMessages.ERASED + " -", "CANCELLED " + CampaignMessages.ERASED + " -"),
                statuses);
    }

    /**
     * The purge at the real "now", on two organisations made to look idle for longer than the retention (their last
     * change moved into the past): it touches only what is due, so the other tests' organisations keep their contacts.
     */
    @Test
    void thePurgeErasesContactsOnlyAfterTheRetentionWithoutActivity() {
        String idle = TestData.uniqueEmail("inactif");
        String active = TestData.uniqueEmail("actif");
        long idleOrg = organizationWithContact("Commune inactive", idle);
        long activeOrg = organizationWithContact("Commune active", active);
        long campaign = TestData.campaign("Campagne active " + activeOrg);
        TestData.diagnostic(activeOrg, campaign, "self-assessment", null); // activity now
        // the retention has not run out yet: nothing of theirs is erased
        privacy.purge(Instant.now());
        admin().get("/api/organizations/" + idleOrg).then().body("contactEmail", equalTo(idle));
        // both last changed one day more than the retention ago; the active one has a diagnostic changed since
        Instant past = Instant.now().minus(config.contactRetention()).minus(Duration.ofDays(1));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update organization set updated_at = ?1 where id in (?2, ?3)").setParameter(1, past)
                .setParameter(2, idleOrg).setParameter(3, activeOrg).executeUpdate());
        PrivacyService.Purge purge = privacy.purge(Instant.now());
        assertTrue(purge.contactsErased() >= 1, purge.toString()); // this one (another test may backdate others)
        admin().get("/api/organizations/" + idleOrg).then().body("contactEmail", nullValue())
                .body("contactName", nullValue()).body("contactPhone", nullValue());
        admin().get("/api/organizations/" + activeOrg).then().body("contactEmail", equalTo(active));
        // idempotent: run again (as a second instance would), it finds nothing more to erase
        assertEquals(0, privacy.purge(Instant.now()).contactsErased());
    }

    @Test
    void theOrganisationPageErasesTheContactAndThePrivacyPageFindsAndExports() {
        String email = TestData.uniqueEmail("page");
        long org = organizationWithContact("Commune de la page RGPD", email);
        WebSession admin = WebSession.admin();
        admin.given().get("/admin/organisations/" + org).then().statusCode(200)
                .body(containsString("/admin/organisations/" + org + "/contact/supprimer"));

        admin.given().get("/admin/donnees-personnelles").then().statusCode(200)
                .body(containsString("<h1>Données personnelles</h1>"));
        admin.form().formParam("email", email).post("/admin/donnees-personnelles").then().statusCode(200)
                .body(containsString("organizationContacts")).body(containsString("export complet (JSON)"));
        String json = admin.form().formParam("email", email).post("/admin/donnees-personnelles/export").then()
                .statusCode(200).header("Content-Disposition", containsString("attachment"))
                .contentType(containsString("application/json")).extract().asString();
        assertTrue(json.contains("Commune de la page RGPD"), json);
        admin.form().formParam("email", "n'importe quoi").post("/admin/donnees-personnelles").then().statusCode(422)
                .body(containsString("Saisissez une adresse"));

        admin.form().post("/admin/organisations/" + org + "/contact/supprimer").then().statusCode(303)
                .header("Location", containsString("ok=contact"));
        admin.given().get("/admin/organisations/" + org + "?ok=contact").then().statusCode(200)
                .body(containsString("organisation est effacé"))
                .body(not(containsString(email)));
        admin().get("/api/organizations/" + org).then().body("contactEmail", nullValue());
        // without the CSRF token, nothing
        admin.given().header("Origin", Browser.baseUrl()).post("/admin/organisations/" + org + "/contact/supprimer")
                .then().statusCode(403);
    }
}
