package org.odmaturity.diagnostic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.diagnostic.AnswerPatch;
import org.odmaturity.diagnostic.AnswerProblem;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.InvalidAnswersException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.security.Actor;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages say the services' refusals of answers in their language, from the refusal's code: each case sends a real
 * bad answer to the service as a respondent's link, takes the typed problem, and checks the sentence the French and
 * English pages show. A refusal that loses its code (or gets another one) fails here, instead of showing a vague
 * sentence to users.
 */
@QuarkusTest
class AnswerErrorsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    Msg fr;
    @Inject
    @Localized("en")
    Msg en;
    @Inject
    DiagnosticService diagnostics;
    @Inject
    RespondentSession sessions;

    private long diagnostic;
    private Actor respondent;

    @BeforeEach
    void diagnostic() {
        long org = TestData.organization("Commune des erreurs");
        long campaign = TestData.campaign("Campagne des erreurs");
        diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        respondent = sessions.resolve(TestData.invitation(diagnostic)).orElseThrow().actor();
    }

    @Test
    void everyKnownRefusalReadsAsASentenceAboutTheField() {
        JsonNode yes = NODES.booleanNode(true);
        check(answer("budget", yes, false, "x".repeat(10_001), null),
                "Le texte est trop long : 10000 caractères au plus.",
                "The text is too long: 10000 characters at most.");
        check(answer("budget", yes, false, "a\u0000b", null), fr.error_characters(), en.error_characters());
        check(answer("nb_jeux", NODES.numberNode(-1), false, null, null),
                "La valeur doit être au moins 0.", "The value must be at least 0.");
        check(answer("nb_jeux", NODES.textNode("beaucoup"), false, null, null), fr.error_number(), en.error_number());
        check(answer("schemas", NODES.numberNode(9), false, null, null), fr.error_number(), en.error_number());
        check(answer("referent", null, true, null, null), fr.error_na_not_allowed(), en.error_na_not_allowed());
        check(answer("schemas", NODES.numberNode(2), true, null, null), fr.error_na_and_value(),
                en.error_na_and_value());
        check(answer("budget", yes, false, null, "ftp://example.org/x"), fr.error_url(), en.error_url());
        check(answer("budget", yes, false, null, null).withNote("note"), fr.error_notes(), en.error_notes());
    }

    @Test
    void aRefusalWithoutASentenceGetsAGenericFrenchSentenceAndTheDetailInEnglish() {
        AnswerProblem other = new AnswerProblem("answers[0]", "q", AnswerProblem.Code.INVALID_VALUE, Map.of(),
                "something new");
        assertEquals("Cette réponse n'a pas pu être enregistrée. Vérifiez-la, puis recommencez.",
                AnswerErrors.text(other, fr, Locale.FRENCH));
        assertEquals("Answer refused: something new", AnswerErrors.text(other, en, Locale.ENGLISH));
    }

    private static AnswerPatch answer(String question, JsonNode value, boolean notApplicable, String comment,
            String evidence) {
        return new AnswerPatch(question, value == null ? AnswerPatch.Change.keep() : AnswerPatch.Change.to(value),
                notApplicable ? AnswerPatch.Change.to(true) : AnswerPatch.Change.keep(), AnswerPatch.Change.keep(),
                comment == null ? AnswerPatch.Change.keep() : AnswerPatch.Change.to(comment),
                evidence == null ? AnswerPatch.Change.keep() : AnswerPatch.Change.to(evidence),
                AnswerPatch.Change.keep(), 0);
    }

    private void check(AnswerPatch answer, String french, String english) {
        InvalidAnswersException refused = assertThrows(InvalidAnswersException.class,
                () -> diagnostics.patchAnswers(diagnostic, ExpectedVersion.none(), List.of(answer), respondent));
        List<AnswerProblem> problems = refused.problems();
        assertEquals(1, problems.size(), () -> "one problem expected for " + answer.question() + ": " + problems);
        assertEquals(french, AnswerErrors.text(problems.get(0), fr, Locale.FRENCH), problems.get(0).message());
        assertEquals(english, AnswerErrors.text(problems.get(0), en, Locale.ENGLISH), problems.get(0).message());
    }
}
