package org.odmaturity.questionnaire.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class QuestionnaireResourceTest {

    private static final String SAMPLE = "/api/questionnaires/sample-od-maturity/1";

    @Test
    void listsServedQuestionnairesInTheAskedLanguage() {
        given().when().get("/api/questionnaires")
                .then().statusCode(200)
                .body("id", contains("sample-od-maturity"))
                .body("[0].version", equalTo(1))
                .body("[0].title", equalTo("Exemple : diagnostic de maturité open data"))
                .body("[0].language", equalTo("fr"))
                .body("[0].strategy", equalTo("weighted-points"))
                .body("[0].axes.id", contains("piloter", "partager", "produire", "valoriser"))
                .body("[0].axes.title", contains("Piloter", "Partager", "Produire", "Valoriser"));
        given().queryParam("lang", "en").when().get("/api/questionnaires")
                .then().statusCode(200).body("[0].axes.title", contains("Govern", "Share", "Produce", "Promote"));
        given().header("Accept-Language", "de-DE, en;q=0.8").when().get("/api/questionnaires")
                .then().statusCode(200).body("[0].language", equalTo("en"));
        given().queryParam("lang", "xx").when().get("/api/questionnaires")
                .then().statusCode(200).body("[0].language", equalTo("fr"));
    }

    @Test
    void servesTheWholeDefinitionWithAnEtag() {
        String etag = given().when().get(SAMPLE)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Content-Language", "fr")
                .body("id", equalTo("sample-od-maturity"))
                .body("levels.id", contains("debutant", "initie", "structure", "avance", "expert"))
                .body("levels[2].threshold", equalTo(40.0f))
                .body("axes[0].themes[0].questions[0].id", equalTo("referent"))
                .body("axes[0].themes[0].questions[0].type", equalTo("single-choice"))
                .body("axes[0].themes[0].questions[0].required", equalTo(true))
                .body("axes[0].themes[0].questions[0].weight", equalTo(2.0f))
                .body("axes[0].themes[0].questions[0].options.id", contains("personne", "informel", "nomme"))
                .body("axes[0].themes[0].questions[0].options[0].recommendation.effort", equalTo("low"))
                .body("axes[0].themes[0].questions[0].options[2].recommendation", nullValue())
                // recommendations: every recommendation in file order (a single one is a one-item list)
                .body("axes[0].themes[0].questions[0].options[0].recommendations.effort", contains("low"))
                .body("axes[0].themes[0].questions[0].options[0].recommendations[0].action",
                        equalTo("Désigner un référent données et l'annoncer aux services."))
                .body("axes[0].themes[0].questions[0].options[2].recommendations", nullValue())
                .body("axes[1].themes[0].questions[1].relevant", equalTo("publie == true"))
                .body("axes[2].themes[0].questions[0].notApplicableAllowed", equalTo(true))
                .body("axes[2].themes[0].questions[0].scale.labels.'4'", equalTo("Toujours"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(SAMPLE).then().statusCode(304);
        given().queryParam("lang", "en").when().get(SAMPLE)
                .then().statusCode(200).header("Content-Language", "en")
                .body("axes[0].themes[0].questions[0].text", equalTo("Who is in charge of opening data?"));
        given().when().get("/api/questionnaires/sample-od-maturity")
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void unknownQuestionnairesAndPathsAreProblems() {
        given().when().get("/api/questionnaires/sample-od-maturity/99")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No questionnaire 'sample-od-maturity' version 99."))
                .body("instance", equalTo("/api/questionnaires/sample-od-maturity/99"));
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().delete(SAMPLE)
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void scoresAnswersStatelessly() {
        // Worked by hand: referent 1/2 = 50 (weight 2), budget 100 → gouvernance (100+100)/3 = 66.7;
        // publie 100, nb_jeux 7 → band 5 → 2/3, formats csv+api 2/3 → publication 77.8; schemas N/A → produire empty;
        // reutilisations 1/2 → valoriser 50; overall (66.67 + 77.78 + 50) / 3 = 64.8.
        String body = """
                {"answers": [
                  {"question": "referent", "value": "informel"},
                  {"question": "budget", "value": true},
                  {"question": "publie", "value": true},
                  {"question": "nb_jeux", "value": 7},
                  {"question": "formats", "value": ["csv", "api"]},
                  {"question": "schemas", "notApplicable": true},
                  {"question": "reutilisations", "value": "quelques"},
                  {"question": "attentes", "value": "Des formations, <b>vite</b> !"}
                ]}""";
        given().contentType(ContentType.JSON).body(body).when().post(SAMPLE + "/score")
                .then().statusCode(200)
                .body("overall.score", equalTo(64.8f))
                .body("overall.level", equalTo("avance"))
                .body("axes.id", contains("piloter", "partager", "produire", "valoriser"))
                .body("axes.score", contains(66.7f, 77.8f, null, 50.0f))
                .body("axes.level", contains("avance", "avance", null, "structure"))
                .body("axes[0].themes[0].id", equalTo("gouvernance"))
                .body("axes[0].themes[0].score", equalTo(66.7f))
                .body("axes[1].completeness.answered", equalTo(3))
                .body("completeness.answered", equalTo(8))
                .body("completeness.relevant", equalTo(8))
                .body("completeness.ratio", equalTo(1.0f))
                .body("notRelevant", hasSize(0));
    }

    @Test
    void relevanceRemovesQuestionsFromScoresAndCompleteness() {
        String body = """
                {"answers": [
                  {"question": "publie", "value": false},
                  {"question": "nb_jeux", "value": 30}
                ]}""";
        given().contentType(ContentType.JSON).body(body).when().post(SAMPLE + "/score")
                .then().statusCode(200)
                .body("notRelevant", contains("nb_jeux", "formats"))
                .body("axes[1].score", equalTo(0.0f))
                .body("axes[1].level", equalTo("debutant"))
                .body("completeness.relevant", equalTo(6))
                .body("completeness.answered", equalTo(1));
    }

    @Test
    void invalidAnswersAreAllListedAndNothingIsScored() {
        String body = """
                {"answers": [
                  {"question": "referent", "value": "peut-etre"},
                  {"question": "inconnue", "value": "x"},
                  {"question": "budget", "value": "oui"},
                  {"question": "schemas", "value": 9},
                  {"question": "referent", "notApplicable": true}
                ]}""";
        given().contentType(ContentType.JSON).body(body).when().post(SAMPLE + "/score")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:invalid-answers"))
                .body("errors.field", hasItem("answers[0]"))
                .body("errors.field", hasItem("answers[1]"))
                .body("errors.field", hasItem("answers[2]"))
                .body("errors.field", hasItem("answers[3]"))
                .body("errors.field", hasItem("answers[4]"))
                .body("errors.find { it.field == 'answers[0]' }.message", containsString("peut-etre"))
                .body("errors.find { it.field == 'answers[1]' }.question", equalTo("inconnue"));
    }

    @Test
    void badJsonIsA400ProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"answers\": [").when().post(SAMPLE + "/score")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:malformed-json"));
        given().contentType(ContentType.JSON).body("{\"answers\": [{\"question\": \"budget\", \"valeur\": true}]}")
                .when().post(SAMPLE + "/score")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers[0].valeur"));
        given().contentType(ContentType.JSON).body("{\"answers\": \"budget\"}").when().post(SAMPLE + "/score")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers"));
        given().contentType(ContentType.JSON).body("{\"answers\": [{\"value\": true}]}").when().post(SAMPLE + "/score")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", startsWith("answers[0].question"));
        given().contentType(ContentType.JSON).when().post(SAMPLE + "/score")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void validatesQuestionnaireFiles() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("src/test/resources/questionnaires/sample-od-maturity.v1.yaml"));
        given().contentType("application/yaml").body(sample).when().post("/api/questionnaires/validate")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("id", equalTo("sample-od-maturity"))
                .body("questions", equalTo(8))
                .body("warnings", hasSize(0));
        // what loads but is surely not meant is a warning beside the answer, never a refusal (issue 15 §8, §10)
        given().contentType("application/yaml").body(org.odmaturity.questionnaire.cli.ValidateCommandTest.MINI.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/questionnaires/validate")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("warnings", hasSize(1))
                .body("warnings[0].line", equalTo(24))
                .body("warnings[0].path", equalTo("axes[0].themes[0].questions[0].options[2].recommendation"))
                .body("warnings[0].message", startsWith("this option gives full marks (2 of 2)"));
        // a file with errors lists its warnings beside them: one pass shows everything to fix (issue 15 §10)
        String brokenMini = org.odmaturity.questionnaire.cli.ValidateCommandTest.MINI
                .replace("threshold: 50", "threshold: 150");
        given().contentType("application/yaml").body(brokenMini.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/questionnaires/validate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].path", equalTo("levels[1].threshold"))
                .body("warnings", hasSize(1))
                .body("warnings[0].line", equalTo(24))
                .body("warnings[0].message", startsWith("this option gives full marks (2 of 2)"));
        byte[] broken = Files.readAllBytes(Path.of("src/test/resources/questionnaires/broken.yaml"));
        given().contentType("application/yaml").queryParam("file", "broken.yaml").body(broken)
                .when().post("/api/questionnaires/validate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:invalid-questionnaire"))
                .body("errors", hasSize(10))
                .body("errors[0].line", equalTo(6))
                .body("errors[0].column", equalTo(8))
                .body("errors[0].path", equalTo("title"))
                .body("errors[0].message", equalTo("missing translation: en"))
                .body("$", not(hasKey("warnings")));
        given().contentType("application/yaml").body(new byte[0]).when().post("/api/questionnaires/validate")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType("application/yaml").body(new byte[1024 * 1024 + 1]).when().post("/api/questionnaires/validate")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aBrokenFileIsRefusedWhileTheOthersServe() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'questionnaires' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'questionnaires' }.data.loaded", equalTo(1))
                .body("checks.find { it.name == 'questionnaires' }.data.refused", equalTo(1))
                .body("checks.find { it.name == 'questionnaires' }.data.'refused: broken.yaml'",
                        containsString("broken.yaml:6:8: title: missing translation: en"));
    }
}
