package org.odmaturity.questionnaire.model;

import java.util.List;

/**
 * A theme groups questions inside an axis; for the staircase strategy it is one activity.
 *
 * @param notRelevant how its questions that are not relevant count ({@link CountAs#LEFT_OUT} or {@link CountAs#ZERO});
 *                    null: as the questionnaire's scoring says
 */
public record Theme(String id, LocalizedText title, LocalizedText description, double weight, List<Question> questions,
        CountAs notRelevant) {
    public Theme {
        questions = List.copyOf(questions);
    }

    public Theme(String id, LocalizedText title, LocalizedText description, double weight, List<Question> questions) {
        this(id, title, description, weight, questions, null);
    }
}
