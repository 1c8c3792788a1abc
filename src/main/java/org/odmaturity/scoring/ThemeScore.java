package org.odmaturity.scoring;

import java.util.List;

/** The score of one theme; {@code score} and {@code level} are null when it has no counted question. */
public record ThemeScore(String id, Double score, String level, Completeness completeness,
        List<QuestionScore> questions) {
    public ThemeScore {
        questions = List.copyOf(questions);
    }
}
