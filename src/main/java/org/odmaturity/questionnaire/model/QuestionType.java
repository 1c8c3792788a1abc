package org.odmaturity.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a questionnaire may ask, with the name used in files and in the API. */
public enum QuestionType {
    /** One option among several; the answer value is the option id. */
    SINGLE_CHOICE("single-choice"),
    /** Any subset of the options; the answer value is a list of option ids. */
    MULTIPLE_CHOICE("multiple-choice"),
    /** Yes or no; the answer value is a boolean. Options {@code yes} and {@code no} carry the scores. */
    YES_NO("yes-no"),
    /** An integer on a bounded scale; the score grows linearly from min to max. */
    SCALE("scale"),
    /** A number, optionally scored by bands. */
    NUMBER("number"),
    /** Free text, never scored. */
    TEXT("text"),
    /**
     * Rows sharing one set of options, one option per row; the answer value is an object {@code {rowId: optionId}}
     * (rows left out are unanswered).
     */
    MATRIX("matrix");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == YES_NO || this == MATRIX;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
