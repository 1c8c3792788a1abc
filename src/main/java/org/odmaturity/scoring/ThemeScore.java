package org.odmaturity.scoring;

import java.util.List;

/**
 * The score of one theme; {@code score} and {@code level} are null when it has no counted question. {@code points} and
 * {@code maxPoints}: the sums of its counted questions' points and maxScore (docs/scoring.md, "Points").
 */
public record ThemeScore(String id, Double score, String level, Completeness completeness,
        List<QuestionScore> questions, Double points, Double maxPoints) {
    public ThemeScore {
        questions = List.copyOf(questions);
    }

    public ThemeScore(String id, Double score, String level, Completeness completeness, List<QuestionScore> questions) {
        this(id, score, level, completeness, questions, null, null);
    }
}
