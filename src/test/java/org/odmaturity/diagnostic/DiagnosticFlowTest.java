package org.odmaturity.diagnostic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.as;
import static org.odmaturity.testsupport.TestData.bearer;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The whole life of a diagnostic through the API: create, invite, answer in batches, conflict, submit, validate. */
@QuarkusTest
class DiagnosticFlowTest {

    @Test
    void fromCreationToValidation() {
        long organization = TestData.organization("Commune de Sélestat");
        long campaign = TestData.campaign("Campagne 2026");
        String facilitatorEmail = TestData.uniqueEmail("anim");
        long facilitator = TestData.facilitator(facilitatorEmail);
        long id = TestData.diagnostic(organization, campaign, "self-assessment", facilitator);
        String path = "/api/diagnostics/" + id;

        String etag = admin().get(path).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("organization.name", equalTo("Commune de Sélestat"))
                .body("questionnaire.id", equalTo("sample-od-maturity"))
                .body("status", equalTo("draft"))
                .body("mode", equalTo("self-assessment"))
                .body("facilitator.id", equalTo((int) facilitator))
                .body("answers", hasSize(0))
                .body("score.completeness.answered", equalTo(0))
                .extract().header("ETag");

        // two colleagues, two links
        String alice = TestData.invitation(id);
        String bob = TestData.invitation(id);
        bearer(alice).get(path).then().statusCode(200);

        // batch 1 by Alice, with per-answer revisions (0 = she saw them unanswered)
        bearer(alice).contentType(ContentType.JSON).body("""
                {"answers": [
                  {"question": "referent", "value": "informel", "revision": 0, "comment": "Mme Durand, à mi-temps"},
                  {"question": "budget", "value": true, "revision": 0, "evidence": "https://example.org/budget.pdf"}
                ]}""").patch(path + "/answers").then().statusCode(200)
                .body("answers.question", contains("referent", "budget"))
                .body("answers[0].revision", equalTo(1))
                .body("answers[0].answeredBy", containsString("Lien d'invitation"))
                .body("score.axes[0].score", equalTo(66.7f));

        // the whole-diagnostic ETag Alice read before is stale now
        bearer(bob).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"answers\": [{\"question\": \"publie\", \"value\": true}]}")
                .patch(path + "/answers").then().statusCode(412).contentType("application/problem+json")
                .header("ETag", notNullValue());

        // Bob answers another question with revisions: no conflict
        bearer(bob).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"publie\", \"value\": true, \"revision\": 0}]}")
                .patch(path + "/answers").then().statusCode(200);

        // Bob believed "referent" unanswered: conflict shown, nothing overwritten
        bearer(bob).contentType(ContentType.JSON).body("""
                {"answers": [
                  {"question": "referent", "value": "personne", "revision": 0},
                  {"question": "reutilisations", "value": "non", "revision": 0}
                ]}""").patch(path + "/answers").then().statusCode(409).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].question", equalTo("referent"))
                .body("errors[0].revision", equalTo(1))
                .body("errors[0].current.value", equalTo("informel"));
        admin().get(path).then().body("answers.question", contains("referent", "budget", "publie"));

        // neither If-Match nor revisions: 428
        bearer(bob).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"reutilisations\", \"value\": \"non\"}]}")
                .patch(path + "/answers").then().statusCode(428).contentType("application/problem+json");

        // an invalid answer in a batch: 422 listing each, nothing applied
        String current = admin().get(path).then().extract().header("ETag");
        bearer(bob).contentType(ContentType.JSON).header("If-Match", current).body("""
                {"answers": [
                  {"question": "reutilisations", "value": "non"},
                  {"question": "referent", "value": "peut-etre"},
                  {"question": "nope", "value": 1},
                  {"question": "budget", "note": "les notes sont aux animateurs"}
                ]}""").patch(path + "/answers").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("answers[1]", "answers[2].question", "answers[3].note"));
        admin().get(path).then().header("ETag", equalTo(current)).body("answers", hasSize(3));

        // submit: the required, relevant, unanswered question is listed
        bearer(alice).header("If-Match", current).post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted"))
                .body("submittedAt", notNullValue());
        bearer(alice).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"reutilisations\", \"value\": \"non\", \"revision\": 0}]}")
                .patch(path + "/answers").then().statusCode(409);

        // a respondent cannot validate; the assigned facilitator can
        bearer(alice).post(path + "/validate").then().statusCode(403);
        as(facilitatorEmail, TestData.password(facilitatorEmail)).post(path + "/validate").then().statusCode(200)
                .body("status", equalTo("validated"))
                .body("validatedAt", notNullValue());

        // only an admin reopens
        as(facilitatorEmail, TestData.password(facilitatorEmail)).post(path + "/reopen").then().statusCode(403);
        admin().post(path + "/reopen").then().statusCode(200).body("status", equalTo("draft"));

        // history: who, when, before, after
        admin().get(path + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].question", equalTo("referent"))
                .body("[0].before", nullValue())
                .body("[0].after.value", equalTo("informel"))
                .body("[0].after.comment", equalTo("Mme Durand, à mi-temps"))
                .body("[0].changedBy", matchesPattern("Lien d'invitation n°\\d+ \\(test\\)"));
    }

    @Test
    void submitListsTheRequiredRelevantUnansweredQuestions() {
        long id = TestData.diagnostic(TestData.organization("Commune de Haguenau"), TestData.campaign("Campagne A"),
                "interview", null);
        String path = "/api/diagnostics/" + id;
        admin().post(path + "/submit").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:incomplete-diagnostic"))
                .body("errors.question", contains("referent", "publie"));
        admin().contentType(ContentType.JSON).body("""
                {"answers": [{"question": "referent", "value": "nomme", "revision": 0},
                             {"question": "publie", "value": false, "revision": 0}]}""")
                .patch(path + "/answers").then().statusCode(200)
                .body("score.notRelevant", contains("nb_jeux", "formats"));
        admin().post(path + "/submit").then().statusCode(200);
        admin().queryParam("status", "submitted").get("/api/diagnostics").then().statusCode(200)
                .body("id", hasItem((int) id))
                .body("status", everyItem(equalTo("submitted")));
        admin().queryParam("status", "finished").get("/api/diagnostics").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void notesAreForFacilitatorsOnly() {
        long id = TestData.diagnostic(TestData.organization("Commune de Colmar"), TestData.campaign("Campagne B"),
                "interview", null);
        String path = "/api/diagnostics/" + id;
        admin().contentType(ContentType.JSON).body("""
                {"answers": [{"question": "referent", "value": "nomme", "note": "Vérifier la délibération", "revision": 0}]}""")
                .patch(path + "/answers").then().statusCode(200).body("answers[0].note", equalTo("Vérifier la délibération"));
        String token = TestData.invitation(id);
        bearer(token).get(path).then().statusCode(200)
                .body("answers[0].value", equalTo("nomme"))
                .body("answers[0].note", nullValue());
        bearer(token).get(path + "/history").then().statusCode(200).body("[0].after.note", nullValue());
    }
}
