package org.odmaturity.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a questionnaire's results read ({@code scoring.resultsIn}, docs/scoring.md "Results read in points"): as
 * percentages (the default) or as points, its levels' thresholds then given in points of the questionnaire's total.
 */
public enum ResultsIn {
    /** Scores from 0 to 100; levels' thresholds are percentages (the default, and the only reading before). */
    PERCENT("percent"),
    /** Totals read "x / y points"; levels' thresholds are points of the questionnaire's total. */
    POINTS("points");

    private final String key;

    ResultsIn(String key) {
        this.key = key;
    }

    /** The name used in questionnaire files. */
    public String key() {
        return key;
    }

    public static Optional<ResultsIn> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
