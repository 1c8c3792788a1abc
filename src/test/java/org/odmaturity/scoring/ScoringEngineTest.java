package org.odmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.questionnaire.model.ScoringStrategy.STAIRCASE;
import static org.odmaturity.questionnaire.model.ScoringStrategy.WEAKEST_LINK;
import static org.odmaturity.questionnaire.model.ScoringStrategy.WEIGHTED_POINTS;
import static org.odmaturity.scoring.TestQuestionnaires.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Questionnaire;

class ScoringEngineTest {

    private static void assertNode(Double score, String level, Double actualScore, String actualLevel) {
        assertEquals(score, actualScore, "score");
        assertEquals(level, actualLevel, "level");
    }

    private static void assertQuestion(ScoreCard card, String id, Double score, String level, String status) {
        QuestionScore actual = question(card, id);
        assertEquals(new QuestionScore(id, score, level, status),
                new QuestionScore(actual.id(), actual.score(), actual.level(), actual.status()));
    }

    /** The score and level of a node, without its points (checked on their own in Points). */
    private static NodeScore scoreAndLevel(NodeScore node) {
        return new NodeScore(node.score(), node.level());
    }

    @Nested
    class WeightedPoints {

        private final Questionnaire mixed = questionnaire(WEIGHTED_POINTS,
                axis("a", 1,
                        theme("t", 1,
                                single("q1", 4, opt("a", 0), opt("b", 2), opt("c", 4)).weight(2),
                                yesNo("q2", 3, 0),
                                multiple("q3", 5, opt("x", 3), opt("y", 3), opt("z", 1)),
                                scale("q4", 2, 1, 5),
                                number("q5", 2.0, band(0, 0), band(10, 1), band(50, 2)),
                                textQuestion("q6"),
                                single("q7", 4, opt("a", 0), opt("b", 4)).na(),
                                yesNo("q8", 1, 0))));

        @Test
        void every_question_type_with_na_unanswered_and_unscored() {
            ScoreCard card = score(mixed,
                    in("q1", "b"), // 2/4 -> 50
                    in("q2", true), // 3/3 -> 100
                    in("q3", List.of("x", "y")), // min(3+3, 5) = 5 -> 100
                    in("q4", dec(4)), // (4-1)*2/(5-1) = 1.5 -> 75
                    in("q5", dec(30)), // band from 10 -> 1 -> 50
                    in("q6", "some words"), // unscored
                    na("q7")); // leaves the denominator; q8 unanswered -> 0
            // (2*50 + 100 + 100 + 75 + 50 + 0) / (2+1+1+1+1+1) = 425 / 7 = 60.714...
            ThemeScore t = theme(card, "t");
            assertNode(60.7, "managed", t.score(), t.level());
            assertEquals(new Completeness(7, 8, 0.875), t.completeness());
            assertQuestion(card, "q1", 50.0, "defined", "answered");
            assertQuestion(card, "q2", 100.0, "optimising", "answered");
            assertQuestion(card, "q3", 100.0, "optimising", "answered");
            assertQuestion(card, "q4", 75.0, "managed", "answered");
            assertQuestion(card, "q5", 50.0, "defined", "answered");
            assertQuestion(card, "q6", null, null, "unscored");
            assertQuestion(card, "q7", null, null, "not-applicable");
            assertQuestion(card, "q8", 0.0, "initial", "unanswered");
            assertEquals(new NodeScore(60.7, "managed"), scoreAndLevel(card.overall()));
            assertNode(60.7, "managed", card.axes().get(0).score(), card.axes().get(0).level());
            assertEquals(List.of(), card.notRelevant());
        }

        @Test
        void not_applicable_leaves_the_denominator_while_unanswered_counts_zero() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0), yesNo("q2", 1, 0).na())));
            assertEquals(100.0, score(q, in("q1", true), na("q2")).overall().score());
            assertEquals(50.0, score(q, in("q1", true)).overall().score());
            assertEquals(50.0, score(q, in("q1", true), in("q2", false)).overall().score());
        }

        @Test
        void mean_of_two_thirds_rounds_to_one_decimal() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0), yesNo("q2", 1, 0), yesNo("q3", 1, 0))));
            ScoreCard card = score(q, in("q1", true), in("q2", true), in("q3", false));
            assertEquals(new NodeScore(66.7, "managed"), scoreAndLevel(card.overall())); // 200/3 = 66.666...
        }

        @Test
        void rounding_is_half_up() {
            // q1: 49/200 -> 24.5; theme (24.5 + 0) / 2 = 12.25 -> 12.3 (half-even would give 12.2)
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    single("q1", 200, opt("a", 49), opt("b", 200)), yesNo("q2", 1, 0))));
            ScoreCard card = score(q, in("q1", "a"), in("q2", false));
            assertQuestion(card, "q1", 24.5, "repeatable", "answered");
            assertEquals(new NodeScore(12.3, "initial"), scoreAndLevel(card.overall()));
        }

        @Test
        void level_is_taken_from_the_rounded_score() {
            // 1199/2000 -> 59.95, shown as 60.0: the level is the one of 60.0
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    single("q1", 2000, opt("a", 1199), opt("b", 2000)))));
            assertEquals(new NodeScore(60.0, "managed"), scoreAndLevel(score(q, in("q1", "a")).overall()));
        }

        @Test
        void multiple_choice_is_capped_and_empty_selection_is_zero() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    multiple("q1", 4, opt("a", 2), opt("b", 2), opt("c", 3), exclusiveOpt("none", 0)))));
            assertEquals(100.0, score(q, in("q1", List.of("a", "b", "c"))).overall().score()); // min(7, 4)
            assertEquals(75.0, score(q, in("q1", List.of("c"))).overall().score()); // 3/4
            assertEquals(100.0, score(q, in("q1", List.of("a", "b"))).overall().score()); // exactly 4
            assertEquals(0.0, score(q, in("q1", List.of())).overall().score());
            assertEquals(0.0, score(q, in("q1", List.of("none"))).overall().score());
            assertQuestion(score(q, in("q1", List.of())), "q1", 0.0, "initial", "answered");
        }

        @Test
        void scale_is_linear_from_min_to_max() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1, scale("q1", 3, 0, 10))));
            assertEquals(0.0, score(q, in("q1", dec(0))).overall().score());
            assertEquals(70.0, score(q, in("q1", dec(7))).overall().score()); // 7*3/10 = 2.1 -> 70
            assertEquals(100.0, score(q, in("q1", dec(10))).overall().score());
            Questionnaire shifted = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1, scale("q1", 4, 1, 4))));
            assertEquals(33.3, score(shifted, in("q1", dec(2))).overall().score()); // (2-1)*4/3 = 1.333 -> 33.3
        }

        @Test
        void number_takes_the_last_band_reached() {
            // bands deliberately out of order: sorted by "from" before use
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    number("q1", 10.0, band(100, 10), band(1, 2), band(10, 5)))));
            assertEquals(0.0, score(q, in("q1", dec("0.5"))).overall().score()); // below the first band
            assertEquals(20.0, score(q, in("q1", dec(1))).overall().score()); // exactly on "from"
            assertEquals(20.0, score(q, in("q1", dec("9.99"))).overall().score());
            assertEquals(50.0, score(q, in("q1", dec(10))).overall().score());
            assertEquals(100.0, score(q, in("q1", dec(1_000_000))).overall().score());
            assertEquals(0.0, score(q, in("q1", dec(-5))).overall().score());
        }

        @Test
        void not_relevant_questions_are_ignored_even_when_answered() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0),
                    yesNo("q2", 1, 0).when("q1"),
                    textQuestion("q3").when("q1"))));
            ScoreCard card = score(q, in("q1", false), in("q2", true), in("q3", "ignored"));
            // only q1 counts: 0
            assertEquals(new NodeScore(0.0, "initial"), scoreAndLevel(card.overall()));
            assertQuestion(card, "q2", null, null, "not-relevant");
            assertQuestion(card, "q3", null, null, "not-relevant");
            assertEquals(List.of("q2", "q3"), card.notRelevant());
            assertEquals(new Completeness(1, 1, 1.0), card.completeness());

            ScoreCard relevant = score(q, in("q1", true));
            // q1 100, q2 unanswered 0 -> 50; q3 relevant but unscored
            assertEquals(50.0, relevant.overall().score());
            assertEquals(new Completeness(1, 3, 0.333), relevant.completeness());
            assertEquals(List.of(), relevant.notRelevant());
        }

        @Test
        void relevance_follows_dependencies_not_document_order() {
            // q1 depends on q2 (later in the document), q3 on q1: q2, q1, q3 must be evaluated in that order
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1,
                    theme("t1", 1, yesNo("q1", 1, 0).when("q2 == true")),
                    theme("t2", 1, yesNo("q2", 1, 0), yesNo("q3", 1, 0).when("answered(q1)"))));
            ScoreCard on = score(q, in("q1", true), in("q2", true), in("q3", true));
            assertEquals(List.of(), on.notRelevant());
            assertEquals(100.0, on.overall().score());

            // q2 = no: q1 not relevant, so q3 sees q1 as null even though q1 has an answer
            ScoreCard off = score(q, in("q1", true), in("q2", false), in("q3", true));
            assertEquals(List.of("q1", "q3"), off.notRelevant());
            assertNode(null, null, theme(off, "t1").score(), theme(off, "t1").level());
            assertEquals(0.0, theme(off, "t2").score());
            assertEquals(0.0, off.overall().score()); // t1 has no score and is left out
        }

        @Test
        void relevance_sees_not_applicable_as_null() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    single("q1", 2, opt("a", 0), opt("b", 2)).na(),
                    yesNo("q2", 1, 0).when("not answered(q1)"))));
            assertEquals(List.of(), score(q, na("q1")).notRelevant());
            assertEquals(List.of("q2"), score(q, in("q1", "b")).notRelevant());
        }

        @Test
        void axes_and_overall_are_weighted_means_of_scored_children() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS,
                    axis("a1", 3,
                            theme("t1", 1, yesNo("q1", 1, 0)), // 100
                            theme("t2", 3, yesNo("q2", 1, 0)), // 0
                            theme("t3", 5, textQuestion("q3"))), // no score
                    axis("a2", 1, theme("t4", 1, yesNo("q4", 1, 0))), // 100
                    axis("a3", 7, theme("t5", 1, textQuestion("q5")))); // no score
            ScoreCard card = score(q, in("q1", true), in("q2", false), in("q4", true));
            AxisScore a1 = axis(card, "a1");
            assertNode(25.0, "repeatable", a1.score(), a1.level()); // (1*100 + 3*0) / 4
            assertNode(null, null, theme(card, "t3").score(), theme(card, "t3").level());
            assertNode(null, null, axis(card, "a3").score(), axis(card, "a3").level());
            assertEquals(new NodeScore(43.8, "defined"), scoreAndLevel(card.overall())); // (3*25 + 1*100) / 4 = 43.75
            assertEquals(new Completeness(2, 3, 0.667), a1.completeness()); // q3 (text) is relevant, unanswered
            assertEquals(new Completeness(3, 5, 0.6), card.completeness());
        }

        @Test
        void no_answers_at_all() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0), scale("q2", 5, 0, 5), textQuestion("q3"))));
            ScoreCard card = ScoringEngine.score(q, Answers.empty());
            assertEquals(new NodeScore(0.0, "initial"), scoreAndLevel(card.overall()));
            assertEquals(new Completeness(0, 3, 0.0), card.completeness());
            assertQuestion(card, "q2", 0.0, "initial", "unanswered");
            assertQuestion(card, "q3", null, null, "unscored");
        }

        @Test
        void nothing_to_score_gives_null_everywhere() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0).na(), textQuestion("q2"))));
            ScoreCard card = score(q, na("q1"));
            assertEquals(new NodeScore(null, null), scoreAndLevel(card.overall()));
            assertNode(null, null, theme(card, "t").score(), theme(card, "t").level());
            assertEquals(new Completeness(1, 2, 0.5), card.completeness());
        }

        @Test
        void completeness_is_one_when_nothing_is_relevant() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0).when("q2"), yesNo("q2", 1, 0).when("false"))));
            ScoreCard card = ScoringEngine.score(q, Answers.empty());
            assertEquals(new Completeness(0, 0, 1.0), card.completeness());
            assertEquals(List.of("q1", "q2"), card.notRelevant());
            assertEquals(new NodeScore(null, null), scoreAndLevel(card.overall()));
        }
    }

    @Nested
    class NumbersAndWeights {

        @Test
        void a_band_with_an_upper_bound_gives_no_points_above_it() {
            // issue 15 §9: 1-10 datasets 1 point, 11-50 2 points, more than 50 is out of the method's scale (0)
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    number("n", 2.0, band(1, 10, 1), band(11, 50, 2)))));
            assertQuestion(score(q, in("n", dec(0))), "n", 0.0, "initial", "answered"); // below the first band
            assertQuestion(score(q, in("n", dec(10))), "n", 50.0, "defined", "answered"); // 'to' is inclusive
            assertQuestion(score(q, in("n", dec("10.5"))), "n", 0.0, "initial", "answered"); // between bands
            assertQuestion(score(q, in("n", dec(11))), "n", 100.0, "optimising", "answered");
            assertQuestion(score(q, in("n", dec(50))), "n", 100.0, "optimising", "answered");
            assertQuestion(score(q, in("n", dec(51))), "n", 0.0, "initial", "answered"); // above the last band
        }

        @Test
        void a_band_without_an_upper_bound_goes_on_as_before() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    number("n", 2.0, band(1, 10, 1), band(11, 2)))));
            assertQuestion(score(q, in("n", dec(1_000_000))), "n", 100.0, "optimising", "answered");
        }

        @Test
        void a_question_of_weight_zero_is_shown_and_answered_but_never_scored() {
            for (var strategy : List.of(WEIGHTED_POINTS, WEAKEST_LINK)) {
                Questionnaire q = questionnaire(strategy, axis("a", 1, theme("t", 1,
                        yesNo("q1", 1, 0), yesNo("info", 1, 0).weight(0))));
                ScoreCard card = score(q, in("q1", true), in("info", false));
                // without the weight, weakest-link would be 0 and weighted-points 50
                assertEquals(100.0, card.overall().score(), strategy.key());
                assertQuestion(card, "info", null, null, "unscored");
                assertEquals(2, card.completeness().answered(), "it still counts as answered");
                assertEquals(2, card.completeness().relevant());
            }
        }

        @Test
        void a_theme_of_only_weightless_questions_has_no_score() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1, yesNo("q1", 1, 0)),
                    theme("u", 1, yesNo("info", 1, 0).weight(0))));
            ScoreCard card = score(q, in("q1", false), in("info", true));
            assertNull(theme(card, "u").score());
            assertEquals(0.0, card.overall().score(), "only 't' counts");
        }
    }

    @Nested
    class Points {

        @Test
        void every_node_carries_its_points_and_the_points_possible_beside_the_percentage() {
            // issue 15 §1: weights change the percentage, never the points (raw sums of the counted questions)
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1,
                    theme("t", 1, single("q1", 4, opt("a", 0), opt("b", 3), opt("c", 4)).weight(3),
                            yesNo("q2", 1, 0), scale("q3", 2, 0, 4), textQuestion("txt")),
                    theme("u", 1, number("n", 5.0, band(0, 0), band(10, 5)), yesNo("na", 2, 0).na(CountAs.FULL))),
                    axis("b", 1, theme("v", 1, yesNo("z", 1, 0).na())));
            ScoreCard card = score(q, in("q1", "b"), in("q2", false), in("q3", dec(3)), in("txt", "notes"),
                    in("n", dec(4)), na("na"), na("z"));
            QuestionScore q1 = question(card, "q1");
            assertEquals(List.of(3.0, 4.0), List.of(q1.points(), q1.maxPoints()));
            assertEquals(List.of(1.5, 2.0), List.of(question(card, "q3").points(), question(card, "q3").maxPoints()));
            assertNull(question(card, "txt").points(), "unscored: no points");
            assertNull(question(card, "z").points(), "N/A left out: no points");
            assertEquals(List.of(2.0, 2.0), List.of(question(card, "na").points(), question(card, "na").maxPoints()));
            ThemeScore t = theme(card, "t"); // 3 + 0 + 1.5 of 4 + 1 + 2
            assertEquals(List.of(4.5, 7.0), List.of(t.points(), t.maxPoints()));
            assertEquals(60.0, t.score()); // weights 3, 1, 1: (3 × 75 + 0 + 75) / 5, while 4.5 / 7 would be 64.3
            ThemeScore u = theme(card, "u"); // n: 4 is in the band from 0 (0 of 5); "na": N/A counted full (2 of 2)
            assertEquals(List.of(2.0, 7.0), List.of(u.points(), u.maxPoints()));
            assertEquals(List.of(6.5, 14.0), List.of(axis(card, "a").points(), axis(card, "a").maxPoints()));
            assertNull(theme(card, "v").points(), "nothing counted in 'v'");
            assertNull(axis(card, "b").maxPoints());
            assertEquals(List.of(6.5, 14.0), List.of(card.overall().points(), card.overall().maxPoints()));
        }
    }

    @Nested
    class UnsureAnswers {

        @Test
        void each_answer_flagged_unsure_loses_the_set_amount_never_below_zero() {
            // issue 15 §7: 1 point off each unsure answer
            Questionnaire q = questionnaireWithUnsureDeduction(WEIGHTED_POINTS, 1, axis("a", 1, theme("t", 1,
                    single("q1", 4, opt("a", 0), opt("b", 3), opt("c", 4)), yesNo("q2", 1, 0), yesNo("q3", 1, 0))));
            ScoreCard card = score(q, unsure("q1", "b"), unsure("q2", false), in("q3", true));
            assertQuestion(card, "q1", 50.0, "defined", "answered"); // (3 - 1) / 4
            assertQuestion(card, "q2", 0.0, "initial", "answered"); // max(0, 0 - 1)
            assertQuestion(card, "q3", 100.0, "optimising", "answered"); // not flagged
            assertEquals(50.0, card.overall().score()); // (50 + 0 + 100) / 3
        }

        @Test
        void without_a_deduction_the_flag_changes_nothing() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1, yesNo("q1", 1, 0))));
            assertEquals(100.0, score(q, unsure("q1", true)).overall().score());
        }

        @Test
        void an_unsure_step_passes_only_if_its_points_after_the_deduction_still_reach_the_pass_score() {
            Questionnaire q = questionnaireWithUnsureDeduction(STAIRCASE, 0.5, axis("a", 1, theme("t", 1,
                    yesNo("s1", 1, 0).step("repeatable"), yesNo("s2", 1, 0).step("defined"))));
            assertEquals(40.0, score(q, in("s1", true), in("s2", true)).overall().score());
            assertEquals(20.0, score(q, in("s1", true), unsure("s2", true)).overall().score()); // 0.5 < 1
        }
    }

    @Nested
    class NotRelevantAndNotApplicable {

        @Test
        void questions_that_are_not_relevant_may_count_as_zero_with_their_maximum_kept() {
            // issue 15 §2: 'detail' is hidden when 'portal' is no; left out, the theme is 0 / 1; as zero, 0 / 2
            var portal = yesNo("portal", 1, 0);
            var detail = yesNo("detail", 1, 0).when("portal == true");
            var other = yesNo("other", 1, 0);
            Questionnaire leftOut = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1, portal, detail, other)));
            Questionnaire zero = questionnaire(WEIGHTED_POINTS, CountAs.ZERO,
                    axis("a", 1, theme("t", 1, portal, detail, other)));
            assertEquals(50.0, score(leftOut, in("portal", false), in("other", true)).overall().score()); // 1 / 2
            ScoreCard card = score(zero, in("portal", false), in("other", true));
            assertEquals(33.3, card.overall().score()); // 1 / 3
            assertQuestion(card, "detail", null, null, "not-relevant");
            assertEquals(List.of(0.0, 1.0), List.of(question(card, "detail").points(), question(card, "detail").maxPoints()),
                    "no score of its own, but 0 of 1 point in the total");
            assertEquals(2, card.completeness().relevant(), "completeness is about the questions shown");
        }

        @Test
        void a_theme_may_set_its_own_rule_for_questions_that_are_not_relevant() {
            Questionnaire q = questionnaire(WEIGHTED_POINTS, CountAs.ZERO, axis("a", 1,
                    theme("t", 1, CountAs.LEFT_OUT, yesNo("p", 1, 0), yesNo("d", 1, 0).when("p == true")),
                    theme("u", 1, yesNo("r", 1, 0), yesNo("s", 1, 0).when("r == true"))));
            ScoreCard card = score(q, in("p", true), in("r", true)); // d and s unanswered, relevant: no difference
            assertEquals(50.0, theme(card, "t").score());
            card = score(q, in("p", false), in("r", false));
            assertEquals(0.0, theme(card, "t").score()); // 0 / 1: left out by the theme's own rule
            assertEquals(0.0, theme(card, "u").score()); // 0 / 2
            card = score(q, in("p", false), in("r", false), in("d", true), in("s", true)); // stale answers ignored
            assertEquals(0.0, theme(card, "u").score());
        }

        @Test
        void a_step_that_is_not_relevant_and_counts_as_zero_stops_the_climb() {
            Questionnaire q = questionnaire(STAIRCASE, CountAs.ZERO, axis("a", 1, theme("t", 1,
                    yesNo("s1", 1, 0).step("repeatable"), yesNo("s2", 1, 0).step("defined").when("s1 == false"),
                    yesNo("s3", 1, 0).step("managed"))));
            // s2 hidden: left out it would let s3 lift the activity to managed; as zero it is a failed 'defined' step
            assertEquals(20.0, score(q, in("s1", true), in("s3", true)).overall().score());
        }

        @Test
        void not_applicable_may_give_full_points_or_zero_instead_of_leaving_the_total() {
            // issue 15 §3
            for (var rule : List.of(CountAs.LEFT_OUT, CountAs.FULL, CountAs.ZERO)) {
                Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                        yesNo("q1", 1, 0), yesNo("q2", 1, 0).na(rule))));
                ScoreCard card = score(q, in("q1", false), na("q2"));
                double expected = switch (rule) {
                    case LEFT_OUT -> 0.0; // 0 / 1
                    case FULL -> 50.0; // (0 + 1) / 2
                    case ZERO -> 0.0; // 0 / 2
                };
                assertEquals(expected, card.overall().score(), rule.key());
                assertEquals(rule == CountAs.LEFT_OUT ? null : rule == CountAs.FULL ? 100.0 : 0.0,
                        question(card, "q2").score(), rule.key());
                assertEquals("not-applicable", question(card, "q2").status());
            }
            Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0), yesNo("q2", 1, 0).na(CountAs.ZERO))));
            assertEquals(50.0, score(q, in("q1", true), na("q2")).overall().score(), "zero keeps the maximum");
        }

        @Test
        void a_not_applicable_step_with_full_points_is_passed_and_with_zero_is_not() {
            var full = questionnaire(STAIRCASE, axis("a", 1, theme("t", 1, yesNo("s1", 1, 0).step("repeatable"),
                    yesNo("s2", 1, 0).step("defined").na(CountAs.FULL))));
            var zero = questionnaire(STAIRCASE, axis("a", 1, theme("t", 1, yesNo("s1", 1, 0).step("repeatable"),
                    yesNo("s2", 1, 0).step("defined").na(CountAs.ZERO))));
            assertEquals(40.0, score(full, in("s1", true), na("s2")).overall().score());
            assertEquals(20.0, score(zero, in("s1", true), na("s2")).overall().score());
        }
    }

    @Nested
    class Staircase {

        /** One activity: a step per level above "initial", each a yes/no question. */
        private final Questionnaire ladder = questionnaire(STAIRCASE, axis("a", 1, theme("t", 1,
                yesNo("s1", 1, 0).step("repeatable"),
                yesNo("s2", 1, 0).step("defined").na(),
                yesNo("s3", 1, 0).step("managed"),
                yesNo("s4", 1, 0).step("optimising"))));

        private ThemeScore activity(AnswerInput... inputs) {
            return theme(score(ladder, inputs), "t");
        }

        @Test
        void all_steps_passed_reaches_the_top() {
            ThemeScore t = activity(in("s1", true), in("s2", true), in("s3", true), in("s4", true));
            assertNode(80.0, "optimising", t.score(), t.level());
        }

        @Test
        void a_failed_step_stops_the_climb_even_when_higher_steps_pass() {
            ThemeScore t = activity(in("s1", true), in("s2", false), in("s3", true), in("s4", true));
            assertNode(20.0, "repeatable", t.score(), t.level());
        }

        @Test
        void failing_the_first_step_gives_the_first_level() {
            ThemeScore t = activity(in("s1", false), in("s2", true), in("s3", true), in("s4", true));
            assertNode(0.0, "initial", t.score(), t.level());
        }

        @Test
        void unanswered_step_is_not_passed() {
            ThemeScore t = activity(in("s1", true), in("s2", true), in("s4", true));
            assertNode(40.0, "defined", t.score(), t.level());
        }

        @Test
        void not_applicable_step_is_skipped() {
            ThemeScore t = activity(in("s1", true), na("s2"), in("s3", true), in("s4", false));
            assertNode(60.0, "managed", t.score(), t.level());
        }

        @Test
        void pass_score_and_several_steps_per_level() {
            Questionnaire q = questionnaire(STAIRCASE, axis("a", 1, theme("t", 1,
                    single("s1", 4, opt("none", 0), opt("some", 2), opt("all", 4)).step("repeatable").pass(2),
                    yesNo("s2", 1, 0).step("repeatable"),
                    scale("s3", 10, 0, 10).step("defined").pass(7),
                    multiple("s4", 3, opt("a", 1), opt("b", 1), opt("c", 1)).step("defined"))));
            // s1 "some" = 2 >= 2 passes; s2 passes; s3 7 >= 7 passes; s4 2 < 3 fails -> F = defined
            ThemeScore t = theme(score(q, in("s1", "some"), in("s2", true), in("s3", dec(7)),
                    in("s4", List.of("a", "b"))), "t");
            assertNode(20.0, "repeatable", t.score(), t.level());
            ThemeScore all = theme(score(q, in("s1", "some"), in("s2", true), in("s3", dec(7)),
                    in("s4", List.of("a", "b", "c"))), "t");
            assertNode(40.0, "defined", all.score(), all.level());
            ThemeScore low = theme(score(q, in("s1", "some"), in("s2", true), in("s3", dec(6)),
                    in("s4", List.of("a", "b", "c"))), "t");
            assertNode(20.0, "repeatable", low.score(), low.level());
        }

        @Test
        void levels_without_steps_are_climbed_through() {
            // steps only at "defined" and "optimising": passing both reaches optimising
            Questionnaire q = questionnaire(STAIRCASE, axis("a", 1, theme("t", 1,
                    yesNo("s1", 1, 0).step("defined"), yesNo("s2", 1, 0).step("optimising"))));
            assertEquals(80.0, theme(score(q, in("s1", true), in("s2", true)), "t").score());
            assertEquals(40.0, theme(score(q, in("s1", true), in("s2", false)), "t").score());
            assertEquals(0.0, theme(score(q, in("s1", false), in("s2", true)), "t").score());
        }

        @Test
        void axes_and_overall_are_weighted_means_of_activities() {
            Questionnaire q = questionnaire(STAIRCASE,
                    axis("a1", 1,
                            theme("t1", 1, yesNo("s1", 1, 0).step("optimising")), // 80
                            theme("t2", 2, yesNo("s2", 1, 0).step("repeatable"), // 20
                                    yesNo("s3", 1, 0).step("defined")),
                            theme("t3", 1, textQuestion("x"))), // no step: no score
                    axis("a2", 2, theme("t4", 1, yesNo("s4", 1, 0).step("repeatable")))); // 0
            ScoreCard card = score(q, in("s1", true), in("s2", true), in("s3", false), in("s4", false));
            assertEquals(80.0, theme(card, "t1").score());
            assertEquals(20.0, theme(card, "t2").score());
            assertNull(theme(card, "t3").score());
            AxisScore a1 = axis(card, "a1");
            assertNode(40.0, "defined", a1.score(), a1.level()); // (80 + 2*20) / 3
            assertEquals(new NodeScore(13.3, "initial"), scoreAndLevel(card.overall())); // (40 + 2*0) / 3 = 13.33
            assertQuestion(card, "s3", 0.0, "initial", "answered");
        }
    }

    @Nested
    class WeakestLink {

        @Test
        void every_level_is_the_minimum_and_weights_are_ignored() {
            Questionnaire q = questionnaire(WEAKEST_LINK,
                    axis("a1", 10,
                            theme("t1", 10,
                                    single("q1", 4, opt("a", 0), opt("b", 3), opt("c", 4)).weight(10), // 75
                                    yesNo("q2", 1, 0), // 100
                                    scale("q3", 4, 0, 4).na()), // N/A: ignored
                            theme("t2", 1, yesNo("q4", 2, 1))), // 50
                    axis("a2", 1, theme("t3", 1, scale("q5", 5, 0, 5)))); // 4/5 = 80
            ScoreCard card = score(q, in("q1", "b"), in("q2", true), na("q3"), in("q4", false), in("q5", dec(4)));
            assertNode(75.0, "managed", theme(card, "t1").score(), theme(card, "t1").level());
            assertNode(50.0, "defined", theme(card, "t2").score(), theme(card, "t2").level());
            assertNode(50.0, "defined", axis(card, "a1").score(), axis(card, "a1").level());
            assertNode(80.0, "optimising", axis(card, "a2").score(), axis(card, "a2").level());
            assertEquals(new NodeScore(50.0, "defined"), scoreAndLevel(card.overall()));
        }

        @Test
        void an_unanswered_question_pulls_its_theme_down_to_zero() {
            Questionnaire q = questionnaire(WEAKEST_LINK, axis("a", 1, theme("t", 1,
                    yesNo("q1", 1, 0), yesNo("q2", 1, 0), textQuestion("q3"))));
            assertEquals(new NodeScore(0.0, "initial"), scoreAndLevel(score(q, in("q1", true)).overall()));
            assertEquals(new NodeScore(100.0, "optimising"), scoreAndLevel(score(q, in("q1", true), in("q2", true)).overall()));
        }

        @Test
        void themes_without_score_are_left_out_of_the_minimum() {
            Questionnaire q = questionnaire(WEAKEST_LINK, axis("a", 1,
                    theme("t1", 1, yesNo("q1", 1, 0).na()),
                    theme("t2", 1, single("q2", 3, opt("a", 1), opt("b", 3)))));
            ScoreCard card = score(q, na("q1"), in("q2", "a"));
            assertNull(theme(card, "t1").score());
            assertEquals(new NodeScore(33.3, "repeatable"), scoreAndLevel(card.overall())); // 1/3
        }
    }

    @Nested
    class Answers_ {

        private final Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("a", 1, theme("t", 1,
                single("q1", 2, opt("a", 0), opt("b", 2)), scale("q2", 1, 1, 3), yesNo("q3", 1, 0))));

        @Test
        void answers_to_unknown_questions_are_ignored() {
            Answers answers = Answers.of(List.of(Answer.of("q1", new AnswerValue.Choice("b")),
                    Answer.of("elsewhere", new AnswerValue.YesNo(true))));
            assertEquals(33.3, ScoringEngine.score(q, answers).overall().score());
        }

        @Test
        void answers_that_do_not_fit_their_question_are_rejected() {
            Answers answers = Answers.of(List.of(Answer.of("q1", new AnswerValue.Choice("zz")),
                    Answer.of("q2", new AnswerValue.Num(dec(9))), Answer.of("q3", new AnswerValue.Text("yes")),
                    Answer.notApplicable("q1x")));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ScoringEngine.score(q, answers));
            assertTrue(e.getMessage().contains("question 'q1': option 'zz' does not exist (options: a, b)"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("question 'q2': a scale answer must be an integer from 1 to 3, got 9"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("question 'q3': a yes-no answer must be true or false, got a text"),
                    e.getMessage());
            IllegalArgumentException na = assertThrows(IllegalArgumentException.class,
                    () -> ScoringEngine.score(q, Answers.of(List.of(Answer.notApplicable("q3")))));
            assertTrue(na.getMessage().contains("'not applicable' is not allowed"), na.getMessage());
        }

        @Test
        void a_cleared_answer_is_unanswered() {
            Answers answers = Answers.of(List.of(new Answer("q1", null, false), Answer.of("q3", new AnswerValue.YesNo(true))));
            ScoreCard card = ScoringEngine.score(q, answers);
            assertQuestion(card, "q1", 0.0, "initial", "unanswered");
            assertEquals(new Completeness(1, 3, 0.333), card.completeness());
        }

        @Test
        void answers_collection_behaviour() {
            Answer a = Answer.of("q1", new AnswerValue.Choice("a"));
            Answer b = Answer.of("q3", new AnswerValue.YesNo(false));
            Answers answers = Answers.of(List.of(a, b));
            assertEquals(List.of(a, b), List.copyOf(answers.all()));
            assertEquals(a, answers.get("q1").orElseThrow());
            assertTrue(answers.get("q2").isEmpty());
            assertEquals(Answers.of(List.of(b, a)), answers);
            assertTrue(Answers.empty().all().isEmpty());
            assertThrows(IllegalArgumentException.class, () -> Answers.of(List.of(a, a)));
            assertThrows(UnsupportedOperationException.class, () -> answers.all().clear());
            Answers changed = answers.with(List.of(new Answer("q1", null, false),
                    Answer.of("q2", new AnswerValue.Num(dec(2)))));
            assertEquals(Set.of("q3", "q2"), Set.copyOf(changed.all().stream().map(Answer::questionId).toList()));
            assertThrows(IllegalArgumentException.class, () -> new Answer("q1", new AnswerValue.YesNo(true), true));
        }

        @Test
        void choices_keep_insertion_order_and_are_unmodifiable() {
            AnswerValue.Choices c = new AnswerValue.Choices(new java.util.LinkedHashSet<>(List.of("c", "a", "b")));
            assertEquals(List.of("c", "a", "b"), List.copyOf(c.optionIds()));
            assertEquals(List.of("c", "a", "b"), c.raw());
            assertThrows(UnsupportedOperationException.class, () -> c.optionIds().add("d"));
        }
    }
}
