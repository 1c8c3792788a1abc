package org.odmaturity.scoring;

/**
 * The score of one question.
 *
 * @param score  points / maxScore × 100, one decimal; 0 when unanswered; null when the status is not-relevant,
 *               not-applicable or unscored
 * @param level  the level reached by {@code score}, or null
 * @param status one of {@value #ANSWERED}, {@value #UNANSWERED}, {@value #NOT_APPLICABLE}, {@value #NOT_RELEVANT},
 *               {@value #UNSCORED}, {@value #PENDING}
 * @param points    the points the question counts for in its theme (two decimals), null when it does not count
 * @param maxPoints its maxScore when it counts, else null (a matrix question: Σ row weight × maxScore)
 * @param rows      for a matrix question that counts and is answered or unanswered, the score of each row in file
 *                  order; null otherwise (and left out of JSON)
 */
public record QuestionScore(String id, Double score, String level, String status, Double points, Double maxPoints,
        java.util.List<RowScore> rows) {

    public QuestionScore {
        rows = rows == null ? null : java.util.List.copyOf(rows);
    }

    /** A question score without rows (every type but matrix). */
    public QuestionScore(String id, Double score, String level, String status, Double points, Double maxPoints) {
        this(id, score, level, status, points, maxPoints, null);
    }

    /** A question that does not count in its theme (no points). */
    public QuestionScore(String id, Double score, String level, String status) {
        this(id, score, level, status, null, null);
    }

    public static final String ANSWERED = "answered";
    public static final String UNANSWERED = "unanswered";
    public static final String NOT_APPLICABLE = "not-applicable";
    public static final String NOT_RELEVANT = "not-relevant";
    /** A question without maxScore (e.g. text): it never counts in a score, answered or not. */
    public static final String UNSCORED = "unscored";
    /**
     * A question scored by the facilitator, answered, whose points the facilitator has not given yet: left out of its
     * theme (like a "not applicable" answer left out) until then; listed in {@link ScoreCard#pending()}.
     */
    public static final String PENDING = "pending";
}
