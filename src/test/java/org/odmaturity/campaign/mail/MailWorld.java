package org.odmaturity.campaign.mail;

import static org.odmaturity.testsupport.TestData.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.odmaturity.testsupport.TestData;
import org.odmaturity.web.Formats;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Builds the email tests' data through the public API (organisations with a contact, campaigns with a closing day,
 * diagnostics) and gives each sender run a clock of its own, an hour further each time, so that the rolling minute of
 * the rate limit only holds what that run sent.
 */
final class MailWorld {

    private static final AtomicInteger HOURS = new AtomicInteger();
    private static final AtomicInteger NAMES = new AtomicInteger();
    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/i/(odmi_[A-Za-z0-9_-]{43})");

    private MailWorld() {
    }

    /** A clock of its own for one run (or a few runs meant to share a minute). */
    static Clock clock() {
        return Clock.offset(Clock.systemUTC(), Duration.ofHours(HOURS.incrementAndGet()));
    }

    static LocalDate today() {
        return LocalDate.now(Formats.PARIS);
    }

    static String unique(String prefix) {
        return prefix + " " + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    static String email(String prefix) {
        return TestData.uniqueEmail(prefix).replace("@od-maturity.test", "@mairie.test");
    }

    /** An organisation; {@code email} null for one without a contact address. */
    static long organization(String name, String contactName, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "siren", TestData.newSiren(), "type", "commune",
                "departement", "67", "region", "Grand Est", "population", 900));
        if (contactName != null) {
            body.put("contactName", contactName);
        }
        if (email != null) {
            body.put("contactEmail", email);
        }
        return admin().contentType(ContentType.JSON).body(body).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** An open campaign closing on {@code closesOn} (the deadline of its diagnostics). */
    static long campaign(String name, LocalDate closesOn) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "year", 2026, "status", "open",
                "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)));
        body.put("closesOn", closesOn.toString());
        return admin().contentType(ContentType.JSON).body(body).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void closeCampaign(long campaign, String name, LocalDate closesOn) {
        String etag = admin().get("/api/campaigns/" + campaign).then().statusCode(200).extract().header("ETag");
        admin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", name, "year", 2026, "status", "closed", "closesOn", closesOn.toString(),
                        "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                .put("/api/campaigns/" + campaign).then().statusCode(200);
    }

    static long diagnostic(long organization, long campaign) {
        return TestData.diagnostic(organization, campaign, "self-assessment", null);
    }

    /** Answers what the sample questionnaire requires and submits, as the admin. */
    static void submit(long diagnostic) {
        String path = "/api/diagnostics/" + diagnostic;
        admin().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"},"
                        + " {\"question\": \"publie\", \"value\": false}]}")
                .patch(path + "/answers").then().statusCode(200);
        admin().header("If-Match", etag(path)).post(path + "/submit").then().statusCode(200);
    }

    static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    static JsonPath queue(long campaign, String body) {
        return admin().contentType(ContentType.JSON).body(body).post("/api/campaigns/" + campaign + "/messages")
                .then().statusCode(202).extract().jsonPath();
    }

    static List<Map<String, Object>> messages(long campaign, String query) {
        return admin().get("/api/campaigns/" + campaign + "/messages" + query).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    /** Runs the sender until nothing is left to claim; returns how many it sent. */
    static int drain(MailSender sender) {
        Clock clock = clock();
        int sent = 0;
        for (int i = 0; i < 100; i++) {
            MailSender.Report report = sender.runOnce(clock, 100_000, 200);
            sent += report.sent();
            if (report.claimed() == 0) {
                return sent;
            }
        }
        throw new AssertionError("the queue never emptied");
    }

    /** The token of the invitation link in an email's text. */
    static String token(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no invitation link in:\n" + text);
        }
        return m.group(1);
    }
}
