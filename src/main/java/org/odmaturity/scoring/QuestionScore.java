package org.odmaturity.scoring;

/**
 * The score of one question.
 *
 * @param score  points / maxScore × 100, one decimal; 0 when unanswered; null when the status is not-relevant,
 *               not-applicable or unscored
 * @param level  the level reached by {@code score}, or null
 * @param status one of {@value #ANSWERED}, {@value #UNANSWERED}, {@value #NOT_APPLICABLE}, {@value #NOT_RELEVANT},
 *               {@value #UNSCORED}
 */
public record QuestionScore(String id, Double score, String level, String status) {
    public static final String ANSWERED = "answered";
    public static final String UNANSWERED = "unanswered";
    public static final String NOT_APPLICABLE = "not-applicable";
    public static final String NOT_RELEVANT = "not-relevant";
    /** A question without maxScore (e.g. text): it never counts in a score, answered or not. */
    public static final String UNSCORED = "unscored";
}
