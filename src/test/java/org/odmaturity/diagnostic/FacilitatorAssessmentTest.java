package org.odmaturity.diagnostic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.as;
import static org.odmaturity.testsupport.TestData.bearer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.questionnaire.registry.QuestionnaireVersionService;
import org.odmaturity.testsupport.FacilitatorScoredQuestionnaire;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Answers scored by the facilitator through the API (issue 15 §6): pending until scored, validation refused while any
 * is pending, every bad field named, the rights, the expected version, and a changed answer making its score stale.
 */
@QuarkusTest
class FacilitatorAssessmentTest {

    @Inject
    QuestionnaireVersionService versions;

    @Inject
    QuestionnaireRegistry registry;

    private String path;
    private String respondent;
    private String facilitatorEmail;

    @BeforeEach
    void world() {
        FacilitatorScoredQuestionnaire.install(versions, registry);
        long organization = TestData.organization("Commune de Haguenau " + TestData.uniqueEmail("o"));
        long campaign = FacilitatorScoredQuestionnaire.campaign("Campagne notée " + TestData.uniqueEmail("c"));
        facilitatorEmail = TestData.uniqueEmail("anim");
        long facilitator = TestData.facilitator(facilitatorEmail);
        long id = TestData.diagnostic(organization, campaign, "self-assessment", facilitator);
        path = "/api/diagnostics/" + id;
        respondent = TestData.invitation(id);
        bearer(respondent).contentType(ContentType.JSON).body("""
                {"answers": [
                  {"question": "pil.referent", "value": true, "revision": 0},
                  {"question": "pil.vision", "value": "Des intentions, validées en bureau municipal.", "revision": 0},
                  {"question": "pil.freins", "value": "Le temps des agents.", "unsure": true, "revision": 0}
                ]}""").patch(path + "/answers").then().statusCode(200);
    }

    private RequestSpecification facilitator() {
        return as(facilitatorEmail, TestData.password(facilitatorEmail));
    }

    private String etag() {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private void submit() {
        bearer(respondent).header("If-Match", etag()).post(path + "/submit").then().statusCode(200);
    }

    private static final String GOOD = """
            {"assessments": [
              {"question": "pil.vision", "points": 2, "justification": "Des intentions sans calendrier."},
              {"question": "pil.freins", "points": 2.5, "justification": "Un frein identifié, une parade."}
            ]}""";

    @Test
    void pending_until_scored_then_counted_and_shown_to_the_organisation() {
        bearer(respondent).get(path).then().statusCode(200)
                .body("score.pending", contains("pil.vision", "pil.freins"))
                .body("score.axes[0].themes[0].questions[1].status", equalTo("pending"))
                .body("score.axes[0].themes[0].questions[1].points", nullValue())
                .body("score.overall.score", equalTo(50.0f)) // left out, not zero: (100 + 0) / 2
                .body("answers[1].assessment", nullValue());
        submit();

        // validation is refused while answers await their points, each named
        facilitator().header("If-Match", etag()).post(path + "/validate").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:pending-assessments"))
                .body("errors.question", contains("pil.vision", "pil.freins"));

        facilitator().header("If-Match", etag()).contentType(ContentType.JSON).body(GOOD).put(path + "/assessments")
                .then().statusCode(200)
                .body("score.pending", hasSize(0))
                .body("score.axes[0].themes[0].questions[1].status", equalTo("answered"))
                .body("score.axes[0].themes[0].questions[1].points", equalTo(2.0f))
                .body("score.axes[0].themes[0].questions[2].points", equalTo(2.0f)) // 2.5 less the unsure 0.5
                .body("score.overall.score", equalTo(54.2f))
                .body("answers[1].assessment.points", equalTo(2.0f))
                .body("answers[1].assessment.justification", equalTo("Des intentions sans calendrier."))
                .body("answers[1].assessment.assessedBy", notNullValue())
                .body("answers[1].assessment.stale", equalTo(false));
        facilitator().header("If-Match", etag()).post(path + "/validate").then().statusCode(200)
                .body("status", equalTo("validated"));

        bearer(respondent).get(path).then().statusCode(200)
                .body("answers[2].assessment.points", equalTo(2.5f))
                .body("answers[2].assessment.justification", equalTo("Un frein identifié, une parade."))
                .body("score.overall.points", equalTo(6.0f))
                .body("score.overall.maxPoints", equalTo(11.0f));

        // the facilitator's scores are personal data of theirs too: in the export of their address (docs/privacy.md)
        admin().contentType(ContentType.JSON).body(java.util.Map.of("email", facilitatorEmail))
                .post("/api/privacy/subject-export").then().statusCode(200)
                .body("sections.find { it.name == 'assessments' }.rows", hasSize(2))
                .body("sections.find { it.name == 'assessments' }.rows.question_id",
                        contains("pil.freins", "pil.vision"))
                .body("sections.find { it.name == 'assessments' }.rows.assessment_justification",
                        hasItem("Des intentions sans calendrier."));
    }

    @Test
    void every_bad_field_is_named_and_nothing_is_recorded() {
        submit();
        String before = etag();
        facilitator().header("If-Match", before).contentType(ContentType.JSON).body("""
                {"assessments": [
                  {"question": "pil.vision", "points": 5, "justification": "Trop."},
                  {"question": "pil.freins", "points": 1, "justification": "   "},
                  {"question": "pil.remarques", "points": 1, "justification": "Pas notée."},
                  {"question": "pil.donnees", "points": 1, "justification": "Sans réponse."},
                  {"question": "pil.vision", "points": 3, "justification": "Encore."},
                  {"question": "nope", "points": 1, "justification": "Inconnue."}
                ]}""").put(path + "/assessments").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("assessments[0].points", "assessments[1].justification",
                        "assessments[2].question", "assessments[3].question", "assessments[4].question",
                        "assessments[5].question"))
                .body("errors.code", contains("points-out-of-range", "justification-required",
                        "not-scored-by-facilitator", "nothing-to-score", "repeated-question", "unknown-question"));
        // a rubric question takes a level of its rubric only; points are required
        facilitator().header("If-Match", before).contentType(ContentType.JSON).body("""
                {"assessments": [
                  {"question": "pil.vision", "points": 3, "justification": "Entre deux."},
                  {"question": "pil.freins", "justification": "Sans points."}
                ]}""").put(path + "/assessments").then().statusCode(422)
                .body("errors.field", contains("assessments[0].points", "assessments[1].points"))
                .body("errors.code", contains("not-a-rubric-level", "points-required"));
        admin().get(path).then().header("ETag", equalTo(before)).body("score.pending", hasSize(2));
    }

    @Test
    void only_the_diagnostics_facilitator_or_an_admin_scores_with_the_version_read() {
        submit();
        bearer(respondent).header("If-Match", etag()).contentType(ContentType.JSON).body(GOOD)
                .put(path + "/assessments").then().statusCode(403);
        TestData.asFacilitator(TestData.uniqueEmail("autre")).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(GOOD).put(path + "/assessments").then().statusCode(404);
        facilitator().contentType(ContentType.JSON).body(GOOD).put(path + "/assessments").then().statusCode(428);
        String stale = etag();
        admin().header("If-Match", stale).contentType(ContentType.JSON).body("""
                {"assessments": [{"question": "pil.vision", "points": 4, "justification": "Adoptée."}]}""")
                .put(path + "/assessments").then().statusCode(200);
        // the facilitator read the version before the admin's score: refused, the admin's score stays
        facilitator().header("If-Match", stale).contentType(ContentType.JSON).body(GOOD).put(path + "/assessments")
                .then().statusCode(412);
        admin().get(path).then().body("answers[1].assessment.points", equalTo(4.0f));
    }

    @Test
    void an_export_carries_the_scores_and_an_import_brings_them_back() {
        submit();
        facilitator().header("If-Match", etag()).contentType(ContentType.JSON).body(GOOD).put(path + "/assessments")
                .then().statusCode(200);
        String export = admin().get(path + "/export").then().statusCode(200)
                .body("answers[1].assessment.points", equalTo(2.0f))
                .body("answers[1].assessment.assessedValue", equalTo("Des intentions, validées en bureau municipal."))
                // the submission's snapshot, taken while both answers were pending: left out, not zero (25.0)
                .body("snapshots[0].kind", equalTo("submitted"))
                .body("snapshots[0].overallScore", equalTo(50.0f))
                .body("snapshots[0].scoreCard.pending", contains("pil.vision", "pil.freins"))
                .extract().asString();
        long other = FacilitatorScoredQuestionnaire.campaign("Campagne notée bis " + TestData.uniqueEmail("c"));
        String copy = "/api/diagnostics/" + admin().contentType(ContentType.JSON).body(export)
                .post("/api/diagnostics/import?campaignId=" + other).then().statusCode(201)
                .body("score.pending", hasSize(0))
                .body("score.overall.score", equalTo(54.2f))
                .extract().jsonPath().getLong("id");
        admin().get(copy).then().body("answers[2].assessment.justification",
                equalTo("Un frein identifié, une parade."));
        // an assessment out of range is refused, nothing imported
        String bad = export.replaceFirst("\"points\":2(\\.0+)?([,}])", "\"points\":9$2");
        org.junit.jupiter.api.Assertions.assertNotEquals(export, bad);
        admin().contentType(ContentType.JSON).body(bad).post("/api/diagnostics/import?campaignId="
                + FacilitatorScoredQuestionnaire.campaign("Campagne notée ter " + TestData.uniqueEmail("c")))
                .then().statusCode(422).body("errors.field", contains("answers[1].assessment.points"));
    }

    @Test
    void scoring_is_for_a_submitted_diagnostic() {
        facilitator().header("If-Match", etag()).contentType(ContentType.JSON).body(GOOD).put(path + "/assessments")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_changed_answer_keeps_its_old_score_flagged_stale_and_is_pending_again() {
        submit();
        facilitator().header("If-Match", etag()).contentType(ContentType.JSON).body(GOOD).put(path + "/assessments")
                .then().statusCode(200);
        admin().header("If-Match", etag()).post(path + "/reopen").then().statusCode(200);
        bearer(respondent).header("If-Match", etag()).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"pil.vision\", \"value\": \"Une stratégie adoptée en 2026.\"}]}")
                .patch(path + "/answers").then().statusCode(200)
                .body("answers[1].assessment.points", equalTo(2.0f))
                .body("answers[1].assessment.stale", equalTo(true))
                .body("answers[2].assessment.stale", equalTo(false))
                .body("score.pending", contains("pil.vision"));
        // changing only the unsure flag or the comment keeps the score
        bearer(respondent).header("If-Match", etag()).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"pil.freins\", \"comment\": \"Précision.\"}]}")
                .patch(path + "/answers").then().statusCode(200).body("score.pending", contains("pil.vision"));
        submit();
        facilitator().header("If-Match", etag()).post(path + "/validate").then().statusCode(422)
                .body("errors.question", containsInAnyOrder("pil.vision"));
    }
}
