package org.odmaturity.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/** How a questionnaire turns answers into scores and levels; see docs/scoring.md. */
public enum ScoringStrategy {
    /** Graded points summed and normalised per theme, axis and overall (data.europa.eu Open Data Maturity). */
    WEIGHTED_POINTS("weighted-points"),
    /** Questions are steps of an activity (theme); the first failed step stops the climb (ODI Open Data Pathway). */
    STAIRCASE("staircase"),
    /** A theme is as mature as its weakest question, an axis as its weakest theme (ODI maturity model, 2024). */
    WEAKEST_LINK("weakest-link");

    private final String key;

    ScoringStrategy(String key) {
        this.key = key;
    }

    /** The name used in questionnaire files and in the API. */
    public String key() {
        return key;
    }

    public static Optional<ScoringStrategy> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
