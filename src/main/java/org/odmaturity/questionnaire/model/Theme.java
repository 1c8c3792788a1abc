package org.odmaturity.questionnaire.model;

import java.util.List;

/** A theme groups questions inside an axis; for the staircase strategy it is one activity. */
public record Theme(String id, LocalizedText title, LocalizedText description, double weight, List<Question> questions) {
    public Theme {
        questions = List.copyOf(questions);
    }
}
