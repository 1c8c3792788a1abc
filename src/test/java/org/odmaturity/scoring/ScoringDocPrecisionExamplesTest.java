package org.odmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.odmaturity.questionnaire.model.ScoringStrategy.WEIGHTED_POINTS;
import static org.odmaturity.scoring.TestQuestionnaires.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ResultsIn;

/**
 * The worked examples of docs/scoring.md, section 7 (two decimals, results read in points): same questionnaires,
 * same answers, and every number printed in the document. Change both together.
 */
class ScoringDocPrecisionExamplesTest {

    private static final String ANSWERED = QuestionScore.ANSWERED;
    private static final String UNANSWERED = QuestionScore.UNANSWERED;
    private static final String NOT_APPLICABLE = QuestionScore.NOT_APPLICABLE;
    private static final String NOT_RELEVANT = QuestionScore.NOT_RELEVANT;
    private static final String UNSCORED = QuestionScore.UNSCORED;

    /** docs/scoring.md, "Worked example 4: two decimals". */
    @Test
    void example_4_two_decimals() {
        Questionnaire base = questionnaire(WEIGHTED_POINTS,
                axis("a", 1,
                        theme("a.one", 1, yesNo("q1", 1, 0), yesNo("q2", 1, 0), yesNo("q3", 1, 0)),
                        theme("a.two", 1, yesNo("q4", 1, 0), yesNo("q5", 1, 0), yesNo("q6", 1, 0))));
        Questionnaire q = reading(base, ResultsIn.PERCENT, 2, levels("low", 0, "middle", 33.33, "high", 66.67));
        ScoreCard card = score(q, in("q1", true), in("q2", false), in("q3", false),
                in("q4", true), in("q5", true), in("q6", false));

        // a.one: 1 of 3 = 33.333… → 33.33 ≥ 33.33: middle; a.two: 2 of 3 = 66.666… → 66.67 ≥ 66.67: high
        // (the unrounded 66.666… is below 66.67: the level is read from the shown score)
        assertEquals(new ThemeScore("a.one", 33.33, "middle", new Completeness(3, 3, 1.0), List.of(
                new QuestionScore("q1", 100.0, "high", ANSWERED, 1.0, 1.0),
                new QuestionScore("q2", 0.0, "low", ANSWERED, 0.0, 1.0),
                new QuestionScore("q3", 0.0, "low", ANSWERED, 0.0, 1.0)), 1.0, 3.0), theme(card, "a.one"));
        assertEquals(66.67, theme(card, "a.two").score());
        assertEquals("high", theme(card, "a.two").level());
        // a = (33.333… + 66.666…) / 2 = 50 → 50.00: middle; overall the same
        assertEquals(new NodeScore(50.0, "middle", 3.0, 6.0), card.overall());
        assertEquals(50.0, axis(card, "a").score());

        // the same answers with one decimal (the default) and thresholds 33.3 and 66.7: 33.3 middle, 66.7 high
        Questionnaire oneDecimal = reading(base, ResultsIn.PERCENT, 1, levels("low", 0, "middle", 33.3, "high", 66.7));
        ScoreCard shownWithOne = score(oneDecimal, in("q1", true), in("q2", false), in("q3", false),
                in("q4", true), in("q5", true), in("q6", false));
        assertEquals(33.3, theme(shownWithOne, "a.one").score());
        assertEquals(66.7, theme(shownWithOne, "a.two").score());
        assertEquals("high", theme(shownWithOne, "a.two").level());
    }

    /** docs/scoring.md, "Worked example 5: results read in points" (worked example 1's questionnaire and answers). */
    @Test
    void example_5_results_in_points() {
        Questionnaire base = ScoringDocExamplesTest.example1();
        Questionnaire q = reading(base, ResultsIn.POINTS, 1, levels("initial", 0, "repeatable", 3.8, "defined", 7.6,
                "managed", 11.4, "optimising", 15.2));
        // 2 + 1 + 3 + 2 + 3 + 1 + 1 + 4 + 2 = 19 (par.notes is a text question)
        assertEquals(19.0, q.totalPoints());

        ScoreCard card = ScoringDocExamplesTest.example1Answers(q);

        ScoreCard expected = new ScoreCard(
                // 7.5 of 14 (pil.partner and par.count left out): 7.5 × 19 = 142.5 ≥ 7.6 × 14 = 106.4 and
                // < 11.4 × 14 = 159.6: defined (the percentage, 22.7, stays as in example 1)
                new NodeScore(22.7, "defined", 7.5, 14.0),
                List.of(
                        // 7.5 of 11: 142.5 ≥ 11.4 × 11 = 125.4, < 15.2 × 11 = 167.2: managed
                        new AxisScore("pil", 68.1, "managed", c(6, 6, 1.0), List.of(
                                // 3 of 6: 57 ≥ 7.6 × 6 = 45.6, < 11.4 × 6 = 68.4: defined
                                new ThemeScore("pil.gov", 58.3, "defined", c(3, 3, 1.0), List.of(
                                        // 1 of 2: 19 ≥ 15.2, < 22.8: defined
                                        qs("pil.referent", 50.0, "defined", ANSWERED, 1.0, 2.0),
                                        // 1 of 1: 19 ≥ 15.2: optimising
                                        qs("pil.strategy", 100.0, "optimising", ANSWERED, 1.0, 1.0),
                                        // 1 of 3: 19 ≥ 11.4, < 22.8: repeatable
                                        qs("pil.budget", 33.3, "repeatable", ANSWERED, 1.0, 3.0)), 3.0, 6.0),
                                // 4.5 of 5: 85.5 ≥ 15.2 × 5 = 76: optimising
                                new ThemeScore("pil.skills", 87.5, "optimising", c(3, 3, 1.0), List.of(
                                        // 1.5 of 2: 28.5 ≥ 22.8, < 30.4: managed
                                        qs("pil.training", 75.0, "managed", ANSWERED, 1.5, 2.0),
                                        qs("pil.team", 100.0, "optimising", ANSWERED, 3.0, 3.0),
                                        new QuestionScore("pil.partner", null, null, NOT_APPLICABLE)), 4.5, 5.0)),
                                7.5, 11.0),
                        // 0 of 3: initial
                        new AxisScore("par", 0.0, "initial", c(2, 3, 0.667), List.of(
                                new ThemeScore("par.portal", 0.0, "initial", c(2, 3, 0.667), List.of(
                                        qs("par.published", 0.0, "initial", ANSWERED, 0.0, 1.0),
                                        new QuestionScore("par.count", null, null, NOT_RELEVANT),
                                        qs("par.licence", 0.0, "initial", UNANSWERED, 0.0, 2.0),
                                        new QuestionScore("par.notes", null, null, UNSCORED)), 0.0, 3.0)),
                                0.0, 3.0)),
                c(8, 9, 0.889), List.of("par.count"));
        assertEquals(expected, card);
    }

    private static QuestionScore qs(String id, Double score, String level, String status, double points, double max) {
        return new QuestionScore(id, score, level, status, points, max);
    }

    private static Completeness c(int answered, int relevant, double ratio) {
        return new Completeness(answered, relevant, ratio);
    }
}
