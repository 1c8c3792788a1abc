package org.odmaturity.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a scored question that has no ordinary points counts in its theme (docs/scoring.md, "Questions that do not
 * count as answered"): a question that is not relevant ({@code notRelevant} of the scoring or of a theme:
 * {@link #LEFT_OUT} or {@link #ZERO}), or answered "not applicable" ({@code notApplicableScore} of a question: any).
 */
public enum CountAs {
    /** Left out of the total: it leaves the denominator (the default, and the only rule before format v2). */
    LEFT_OUT("left-out"),
    /** Full points: it counts as if given the best answer. */
    FULL("full"),
    /** Zero points, its maximum kept in the denominator. */
    ZERO("zero");

    private final String key;

    CountAs(String key) {
        this.key = key;
    }

    /** The name used in questionnaire files and in the API. */
    public String key() {
        return key;
    }

    public static Optional<CountAs> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
