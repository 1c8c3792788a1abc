package org.odmaturity.scoring;

import java.util.List;

/**
 * The score of one theme; {@code score} and {@code level} are null when it has no counted question. {@code points} and
 * {@code maxPoints}: the sums of its counted questions' points and maxScore (docs/scoring.md, "Points").
 * {@code status}: {@value #INCOMPLETE} for a staircase activity with a required step unanswered when the questionnaire
 * opts into {@code unansweredSteps: incomplete} (then score and level are null); null otherwise.
 */
public record ThemeScore(String id, Double score, String level, Completeness completeness,
        List<QuestionScore> questions, Double points, Double maxPoints, String status) {

    /** An activity not scored because a required step is unanswered (docs/scoring.md 5.2.1). */
    public static final String INCOMPLETE = "incomplete";

    public ThemeScore {
        questions = List.copyOf(questions);
    }

    public ThemeScore(String id, Double score, String level, Completeness completeness, List<QuestionScore> questions,
            Double points, Double maxPoints) {
        this(id, score, level, completeness, questions, points, maxPoints, null);
    }

    public ThemeScore(String id, Double score, String level, Completeness completeness, List<QuestionScore> questions) {
        this(id, score, level, completeness, questions, null, null, null);
    }

    public boolean incomplete() {
        return INCOMPLETE.equals(status);
    }
}
