package org.odmaturity.questionnaire.model;

import java.util.List;

/**
 * One answer option of a choice or yes/no question.
 *
 * @param exclusive       for multiple choice: this option cannot be selected together with another one ("none of these")
 * @param recommendations the actions that move an organisation that gave this answer to the next step, in file order;
 *                        empty when there is none (null is read as empty)
 * @param step            staircase only: the id of the level that choosing this option reaches (a single-choice
 *                        question whose options climb the levels; docs/scoring.md 5.2.1), or null
 */
public record Option(String id, LocalizedText label, double score, boolean exclusive,
        List<Recommendation> recommendations, String step) {

    public Option {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    public Option(String id, LocalizedText label, double score, boolean exclusive,
            List<Recommendation> recommendations) {
        this(id, label, score, exclusive, recommendations, null);
    }

    /** The first recommendation (the one a file's single {@code recommendation:} gives), or null. */
    public Recommendation recommendation() {
        return recommendations.isEmpty() ? null : recommendations.get(0);
    }
}
