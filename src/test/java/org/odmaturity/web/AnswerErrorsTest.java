package org.odmaturity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The pages translate the services' English validation messages: each case sends a real bad answer to the API, takes
 * the problem's error, and checks the sentence the French and English pages show. A change of wording in the services
 * that the pages no longer recognise fails here (instead of showing English text, or a vague sentence, to users).
 */
@QuarkusTest
class AnswerErrorsTest {

    @Inject
    Msg fr;
    @Inject
    @Localized("en")
    Msg en;

    private long diagnostic;
    private String token;

    @BeforeEach
    void diagnostic() {
        long org = TestData.organization("Commune des erreurs");
        long campaign = TestData.campaign("Campagne des erreurs");
        diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        token = TestData.invitation(diagnostic);
    }

    @Test
    void everyKnownRefusalReadsAsASentenceAboutTheField() {
        check(Map.of("question", "budget", "value", true, "comment", "x".repeat(10_001), "revision", 0),
                "Le texte est trop long : 10000 caractères au plus.", "The text is too long: 10000 characters at most.");
        check(Map.of("question", "budget", "value", true, "comment", "a\u0000b", "revision", 0),
                fr.error_characters(), en.error_characters());
        check(Map.of("question", "nb_jeux", "value", -1, "revision", 0),
                "La valeur doit être au moins 0.", "The value must be at least 0.");
        check(Map.of("question", "nb_jeux", "value", "beaucoup", "revision", 0), fr.error_number(), en.error_number());
        check(Map.of("question", "schemas", "value", 9, "revision", 0), fr.error_number(), en.error_number());
        check(Map.of("question", "referent", "notApplicable", true, "revision", 0),
                fr.error_na_not_allowed(), en.error_na_not_allowed());
        check(Map.of("question", "schemas", "notApplicable", true, "value", 2, "revision", 0),
                fr.error_na_and_value(), en.error_na_and_value());
        check(Map.of("question", "budget", "value", true, "evidence", "ftp://example.org/x", "revision", 0),
                fr.error_url(), en.error_url());
        check(Map.of("question", "budget", "value", true, "note", "note", "revision", 0),
                fr.error_notes(), en.error_notes());
    }

    @Test
    void anUnknownMessageGetsAGenericFrenchSentenceAndTheDetailInEnglish() {
        assertEquals("Cette réponse n'a pas pu être enregistrée. Vérifiez-la, puis recommencez.",
                AnswerErrors.text("answers[0]", "something new", fr));
        assertEquals("Answer refused: something new", AnswerErrors.text("answers[0]", "something new", en));
    }

    private void check(Map<String, Object> answer, String french, String english) {
        JsonPath problem = TestData.bearer(token).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(answer))).patch("/api/diagnostics/" + diagnostic + "/answers")
                .then().statusCode(422).extract().jsonPath();
        List<Map<String, Object>> errors = problem.getList("errors");
        assertEquals(1, errors.size(), () -> "one error expected for " + answer.get("question") + ": " + errors);
        String field = String.valueOf(errors.get(0).get("field"));
        String message = String.valueOf(errors.get(0).get("message"));
        assertEquals(french, AnswerErrors.text(field, message, fr), message);
        assertEquals(english, AnswerErrors.text(field, message, en), message);
    }
}
