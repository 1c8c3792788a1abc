package org.odmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * Answers scored by the facilitator (issue 15 §6): docs/scoring.md, "Scored by the facilitator", reproduced number for
 * number, and the rules around it (pending left out, never zero; unsure deduction; not applicable; not relevant).
 */
class FacilitatorScoredTest {

    static final Path FIXTURE = Path.of("src/test/resources/facilitator/facilitator-scored.v1.yaml");

    static Questionnaire load(String yaml) {
        ParseResult result = new QuestionnaireParser().parse("facilitator-scored.v1.yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.errors(), "fixture loads");
        return result.questionnaire();
    }

    static String fixture() throws IOException {
        return Files.readString(FIXTURE);
    }

    /** The answers of the worked example; the facilitator's points of pil.vision and pil.freins (null: pending). */
    private static Answers answers(Questionnaire q, Double vision, Double freins) {
        Answers typed = TestQuestionnaires.answers(q,
                TestQuestionnaires.in("pil.referent", true),
                TestQuestionnaires.in("pil.vision", "Des intentions, validées en bureau municipal."),
                new AnswerInput("pil.freins", "Le temps des agents ; une journée par mois dédiée.", false, true),
                TestQuestionnaires.in("pil.remarques", "Merci."));
        return typed.with(List.of(typed.get("pil.vision").orElseThrow().assessed(vision),
                typed.get("pil.freins").orElseThrow().assessed(freins)));
    }

    @Test
    void worked_example_before_the_facilitator_scores_pending_answers_are_left_out_not_zero() throws IOException {
        Questionnaire q = load(fixture());
        ScoreCard card = ScoringEngine.score(q, answers(q, null, null));
        QuestionScore vision = TestQuestionnaires.question(card, "pil.vision");
        assertEquals(new QuestionScore("pil.vision", null, null, QuestionScore.PENDING), vision);
        assertEquals(QuestionScore.PENDING, TestQuestionnaires.question(card, "pil.freins").status());
        assertEquals(new QuestionScore("pil.donnees", 0.0, "initial", QuestionScore.UNANSWERED, 0.0, 2.0),
                TestQuestionnaires.question(card, "pil.donnees"));
        assertEquals(QuestionScore.UNSCORED, TestQuestionnaires.question(card, "pil.remarques").status());
        assertEquals(List.of("pil.vision", "pil.freins"), card.pending());
        // (100 + 0) / 2: referent 2 of 2, donnees unanswered 0 of 2; the two pending answers are not in the total
        assertEquals(new NodeScore(50.0, "defined", 2.0, 4.0), card.overall());
        // a pending answer is an answer: completeness 4 of 5 (pil.donnees is the one missing)
        assertEquals(new Completeness(4, 5, 0.8), card.completeness());
    }

    @Test
    void worked_example_once_scored_the_facilitators_points_count_with_the_unsure_deduction() throws IOException {
        Questionnaire q = load(fixture());
        ScoreCard card = ScoringEngine.score(q, answers(q, 2.0, 2.5));
        assertEquals(List.of(), card.pending());
        assertEquals(new QuestionScore("pil.vision", 50.0, "defined", QuestionScore.ANSWERED, 2.0, 4.0),
                TestQuestionnaires.question(card, "pil.vision"));
        // flagged unsure: 2.5 - 0.5 = 2 of 3
        assertEquals(new QuestionScore("pil.freins", 66.7, "managed", QuestionScore.ANSWERED, 2.0, 3.0),
                TestQuestionnaires.question(card, "pil.freins"));
        // (100 + 50 + 66.67 + 0) / 4 = 54.17
        assertEquals(new NodeScore(54.2, "defined", 6.0, 11.0), card.overall());
        assertEquals(new Completeness(4, 5, 0.8), card.completeness());
    }

    @Test
    void a_pending_answer_weighs_nothing_whatever_the_others_seeded() throws IOException {
        Questionnaire q = load(fixture());
        long seed = System.nanoTime();
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        for (int i = 0; i < 200; i++) {
            double vision = random.nextInt(3) * 2; // a rubric level: 0, 2, 4
            double freins = random.nextInt(13) * 0.25; // 0 .. 3
            ScoreCard both = ScoringEngine.score(q, answers(q, vision, freins));
            ScoreCard visionPending = ScoringEngine.score(q, answers(q, null, freins));
            QuestionScore v = TestQuestionnaires.question(both, "pil.vision");
            String context = "seed " + seed + ", vision " + vision + ", freins " + freins;
            assertEquals(List.of("pil.vision"), visionPending.pending(), context);
            // leaving vision pending takes out exactly its points and its maximum, never counts it as 0 of 4
            assertEquals(both.overall().points() - v.points(), visionPending.overall().points(), 1e-9, context);
            assertEquals(both.overall().maxPoints() - 4.0, visionPending.overall().maxPoints(), 1e-9, context);
            // and the percentage is that of the three counted questions alone
            double referent = 100, donnees = 0;
            double freinsScore = Math.max(0, freins - 0.5) * 100 / 3;
            assertEquals(Rounding.round((referent + freinsScore + donnees) / 3, 1), visionPending.overall().score(),
                    context);
        }
    }

    @Test
    void not_applicable_and_not_relevant_rules_apply_as_to_any_scored_question() throws IOException {
        String yaml = fixture()
                .replace("            scoredBy: facilitator\n            text:\n              fr: Quels freins",
                        "            scoredBy: facilitator\n            notApplicable: true\n"
                                + "            notApplicableScore: zero\n            text:\n              fr: Quels freins")
                .replace("            scoredBy: facilitator\n            text:\n              fr: Quelles données",
                        "            scoredBy: facilitator\n            relevantWhen: pil.referent == false\n"
                                + "            text:\n              fr: Quelles données")
                .replace("  unsureDeduction: 0.5\n", "  unsureDeduction: 0.5\n  notRelevant: zero\n");
        Questionnaire q = load(yaml);
        Answers typed = TestQuestionnaires.answers(q, TestQuestionnaires.in("pil.referent", true),
                TestQuestionnaires.in("pil.vision", "Rien d'écrit."), TestQuestionnaires.na("pil.freins"));
        ScoreCard card = ScoringEngine.score(q, typed.with(List.of(typed.get("pil.vision").orElseThrow().assessed(0.0))));
        assertEquals(new QuestionScore("pil.freins", 0.0, "initial", QuestionScore.NOT_APPLICABLE, 0.0, 3.0),
                TestQuestionnaires.question(card, "pil.freins"));
        assertEquals(new QuestionScore("pil.donnees", null, null, QuestionScore.NOT_RELEVANT, 0.0, 2.0),
                TestQuestionnaires.question(card, "pil.donnees"));
        assertEquals(new NodeScore(25.0, "repeatable", 2.0, 11.0), card.overall()); // (100 + 0 + 0 + 0) / 4
    }

    @Test
    void a_text_question_without_scoredBy_stays_unscored_even_with_points_attached() throws IOException {
        Questionnaire q = load(fixture());
        Answers typed = TestQuestionnaires.answers(q, TestQuestionnaires.in("pil.remarques", "Merci."));
        ScoreCard card = ScoringEngine.score(q, typed.with(List.of(typed.get("pil.remarques").orElseThrow().assessed(1.0))));
        QuestionScore remarques = TestQuestionnaires.question(card, "pil.remarques");
        assertEquals(QuestionScore.UNSCORED, remarques.status());
        assertNull(remarques.points());
        assertTrue(card.pending().isEmpty());
    }

    @Test
    void points_above_the_maximum_are_capped() throws IOException {
        Questionnaire q = load(fixture());
        ScoreCard card = ScoringEngine.score(q, answers(q, 9.0, 0.0));
        assertEquals(4.0, TestQuestionnaires.question(card, "pil.vision").points());
    }
}
