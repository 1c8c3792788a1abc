package org.odmaturity.questionnaire.model;

import java.util.Objects;

/**
 * One row of a matrix question: an item (e.g. a category of datasets) answered with one of the question's shared
 * options.
 *
 * @param id     unique in its question (the option id rule)
 * @param text   what the row asks about, in every language of the questionnaire
 * @param weight how many times the row's points count in the question's points (&gt; 0, default 1)
 */
public record MatrixRow(String id, LocalizedText text, double weight) {

    public MatrixRow {
        text = Objects.requireNonNullElse(text, LocalizedText.EMPTY);
    }
}
