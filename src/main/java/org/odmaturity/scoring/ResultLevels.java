package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * How a node's score is rounded and which level it reaches (docs/scoring.md, "Rounding", "Levels" and "Results read
 * in points"):
 *
 * <ul>
 * <li>the score is rounded half-up to the questionnaire's {@code decimals} (1 unless it says 2);</li>
 * <li>results read in percent (the default): the level is the last whose threshold is at most the rounded score;</li>
 * <li>results read in points: thresholds are points of the questionnaire's total T; a node with p points of m
 * possible (the two-decimal points of the card) reaches the last level whose threshold t has p / m ≥ t / T, compared
 * exactly as p × T ≥ t × m. For the overall with nothing left out (m = T) that is simply p ≥ t.</li>
 * </ul>
 */
public final class ResultLevels {

    private ResultLevels() {
    }

    /** A score rounded for output with the level it reaches; both null when there is nothing to score. */
    static NodeScore node(Questionnaire questionnaire, Double score, Double points, Double maxPoints) {
        if (score == null) {
            return new NodeScore(null, null, points, maxPoints);
        }
        double rounded = Rounding.round(score, questionnaire.decimals());
        Level level = questionnaire.inPoints() && points != null && maxPoints != null && maxPoints > 0
                ? byPoints(questionnaire, points, maxPoints)
                : questionnaire.levelFor(rounded);
        return new NodeScore(rounded, level.id(), points, maxPoints);
    }

    /**
     * The level reached by {@code points} of {@code maxPoints} when thresholds are points of the questionnaire's
     * total: the last level whose threshold t has points × total ≥ t × maxPoints.
     */
    public static Level byPoints(Questionnaire questionnaire, double points, double maxPoints) {
        BigDecimal total = twoDecimals(questionnaire.totalPoints());
        BigDecimal obtained = twoDecimals(points).multiply(total);
        BigDecimal possible = twoDecimals(maxPoints);
        Level reached = questionnaire.levels().get(0);
        for (Level level : questionnaire.levels()) {
            if (BigDecimal.valueOf(level.threshold()).multiply(possible).compareTo(obtained) <= 0) {
                reached = level;
            }
        }
        return reached;
    }

    private static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
