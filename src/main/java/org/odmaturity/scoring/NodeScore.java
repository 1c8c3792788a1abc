package org.odmaturity.scoring;

/**
 * A score (0–100, one decimal) and the level it reaches; both null when there is nothing to score.
 */
public record NodeScore(Double score, String level) {
}
