package org.odmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ResultsIn;
import org.odmaturity.questionnaire.model.ScoringStrategy;

/**
 * The level shown always agrees with the score shown (docs/scoring.md, section 7), on random questionnaires, answers
 * and levels, with one or two decimals, in percent and in points. The check recomputes each level from the displayed
 * numbers only (the card's rounded score, or its two-decimal points), exactly, with {@link BigDecimal}. Each example
 * has its own seed, printed on failure; rerun one with {@code -Dscoring.seed=<seed> -Dscoring.examples=1}.
 */
class LevelAgreementPropertiesTest {

    private static final long BASE_SEED = Long.getLong("scoring.seed", 20261207L);
    private static final int EXAMPLES = Integer.getInteger("scoring.examples", 400);

    @Test
    void inPercentTheLevelIsTheOneOfTheShownScore() {
        for (int i = 0; i < EXAMPLES; i++) {
            long seed = BASE_SEED + 104729L * i;
            Random r = new Random(seed);
            try {
                ScoringStrategy strategy = ScoringStrategy.values()[r.nextInt(ScoringStrategy.values().length)];
                Questionnaire base = RandomQuestionnaires.questionnaire(r, strategy, r.nextBoolean());
                int decimals = 1 + r.nextInt(2);
                Questionnaire q = TestQuestionnaires.reading(base, ResultsIn.PERCENT, decimals,
                        randomLevels(r, 100, decimals, strategy == ScoringStrategy.STAIRCASE ? base.levels() : null));
                ScoreCard card = ScoringEngine.score(q, validated(q, RandomQuestionnaires.answers(r, q)));
                forEachNode(card, (score, level, points, max) -> {
                    if (score == null) {
                        assertEquals(null, level);
                        return;
                    }
                    BigDecimal shown = BigDecimal.valueOf(score);
                    assertTrue(shown.stripTrailingZeros().scale() <= decimals, "more than " + decimals + ": " + score);
                    assertEquals(expectedByScore(q, shown), level, "score " + score);
                });
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("fails with seed " + seed + " (rerun: -Dscoring.seed=" + seed
                        + " -Dscoring.examples=1): " + e.getMessage(), e);
            }
        }
    }

    @Test
    void inPointsTheLevelIsTheOneOfTheShownPoints() {
        for (int i = 0; i < EXAMPLES; i++) {
            long seed = BASE_SEED + 7L + 104729L * i;
            Random r = new Random(seed);
            try {
                Questionnaire base = RandomQuestionnaires.questionnaire(r, ScoringStrategy.WEIGHTED_POINTS,
                        r.nextBoolean());
                int decimals = 1 + r.nextInt(2);
                double total = base.totalPoints();
                Questionnaire q = TestQuestionnaires.reading(base, ResultsIn.POINTS, decimals,
                        randomLevels(r, Math.max(total, 1), decimals, null));
                ScoreCard card = ScoringEngine.score(q, validated(q, RandomQuestionnaires.answers(r, q)));
                forEachNode(card, (score, level, points, max) -> {
                    if (score == null) {
                        assertEquals(null, level);
                        return;
                    }
                    BigDecimal p = BigDecimal.valueOf(points);
                    BigDecimal m = BigDecimal.valueOf(max);
                    assertTrue(p.stripTrailingZeros().scale() <= 2 && m.stripTrailingZeros().scale() <= 2);
                    assertEquals(expectedByPoints(q, p, m), level, points + " of " + max + ", total " + total);
                });
                // the overall with nothing left out: its points are read against the thresholds directly
                NodeScore overall = card.overall();
                if (overall.score() != null && BigDecimal.valueOf(overall.maxPoints())
                        .compareTo(BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP)) == 0) {
                    assertEquals(expectedByScore(q, BigDecimal.valueOf(overall.points())), overall.level());
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("fails with seed " + seed + " (rerun: -Dscoring.seed=" + seed
                        + " -Dscoring.examples=1): " + e.getMessage(), e);
            }
        }
    }

    /** The last level whose threshold is at most {@code shown}. */
    private static String expectedByScore(Questionnaire q, BigDecimal shown) {
        String reached = q.levels().get(0).id();
        for (Level level : q.levels()) {
            if (BigDecimal.valueOf(level.threshold()).compareTo(shown) <= 0) {
                reached = level.id();
            }
        }
        return reached;
    }

    /** The last level whose threshold t has p / m ≥ t / total. */
    private static String expectedByPoints(Questionnaire q, BigDecimal p, BigDecimal m) {
        BigDecimal total = BigDecimal.valueOf(q.totalPoints()).setScale(2, RoundingMode.HALF_UP);
        String reached = q.levels().get(0).id();
        for (Level level : q.levels()) {
            if (BigDecimal.valueOf(level.threshold()).multiply(m).compareTo(p.multiply(total)) <= 0) {
                reached = level.id();
            }
        }
        return reached;
    }

    /**
     * 2 to 6 levels from 0, ascending below {@code top}, with at most {@code decimals} decimals; thresholds often
     * near a round fraction of {@code top} (where rounding matters). With {@code ids}, the levels keep those ids (a
     * staircase names its steps' levels).
     */
    private static List<Level> randomLevels(Random r, double top, int decimals, List<Level> ids) {
        int count = ids != null ? ids.size() : 2 + r.nextInt(5);
        List<Level> levels = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 0; i < count; i++) {
            BigDecimal threshold;
            if (i == 0) {
                threshold = BigDecimal.ZERO;
            } else {
                double room = top - previous.doubleValue();
                BigDecimal candidate = r.nextBoolean()
                        ? BigDecimal.valueOf(top * i / count).setScale(decimals, RoundingMode.HALF_UP)
                        : previous.add(BigDecimal.valueOf(r.nextDouble() * room / (count - i + 1)))
                                .setScale(decimals, RoundingMode.HALF_UP);
                threshold = candidate.compareTo(previous) > 0 ? candidate : previous.add(unit);
            }
            previous = threshold;
            String id = ids != null ? ids.get(i).id() : "l" + i;
            levels.add(new Level(id, threshold.doubleValue(), LocalizedText.EMPTY, LocalizedText.EMPTY));
        }
        return levels;
    }

    private interface NodeCheck {
        void check(Double score, String level, Double points, Double maxPoints);
    }

    private static void forEachNode(ScoreCard card, NodeCheck check) {
        check.check(card.overall().score(), card.overall().level(), card.overall().points(),
                card.overall().maxPoints());
        for (AxisScore axis : card.axes()) {
            check.check(axis.score(), axis.level(), axis.points(), axis.maxPoints());
            for (ThemeScore theme : axis.themes()) {
                check.check(theme.score(), theme.level(), theme.points(), theme.maxPoints());
                for (QuestionScore question : theme.questions()) {
                    check.check(question.score(), question.level(), question.points(), question.maxPoints());
                }
            }
        }
    }

    private static Answers validated(Questionnaire q, List<AnswerInput> inputs) {
        AnswerValidation validation = AnswerValidator.validate(q, inputs);
        assertEquals(List.of(), validation.problems(), "generated answers must be valid");
        return validation.answers();
    }
}
