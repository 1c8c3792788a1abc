package org.odmaturity.scoring;

/**
 * A score (0–100, one decimal) and the level it reaches; both null when there is nothing to score. With the points
 * behind it (docs/scoring.md, "Points"): the sum of the points of the counted questions below it and the sum of their
 * maxScore, two decimals, whatever the strategy and the weights; null when nothing counts.
 */
public record NodeScore(Double score, String level, Double points, Double maxPoints) {

    /**
     * A score without points.
     */
    public NodeScore(Double score, String level) {
        this(score, level, null, null);
    }
}
