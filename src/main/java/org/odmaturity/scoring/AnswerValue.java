package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A validated answer value, typed after its question. */
public sealed interface AnswerValue {

    /**
     * The value as plain JSON data, the inverse of {@link AnswerValidator}'s conversion: a {@code String} for
     * {@link Choice} and {@link Text}, a {@code List<String>} for {@link Choices}, a {@code Boolean} for {@link YesNo},
     * a {@code BigDecimal} for {@link Num}, a {@code Map<String, String>} (row id → option id) for {@link Rows}.
     */
    Object raw();

    /** The chosen option of a single-choice question. */
    record Choice(String optionId) implements AnswerValue {
        public Choice {
            Objects.requireNonNull(optionId, "optionId");
        }

        @Override
        public Object raw() {
            return optionId;
        }
    }

    /** The selected options of a multiple-choice question, in the order given; possibly empty. */
    record Choices(Set<String> optionIds) implements AnswerValue {
        public Choices {
            Objects.requireNonNull(optionIds, "optionIds");
            for (String id : optionIds) {
                Objects.requireNonNull(id, "option id");
            }
            optionIds = Collections.unmodifiableSet(new LinkedHashSet<>(optionIds));
        }

        @Override
        public Object raw() {
            return Collections.unmodifiableList(new ArrayList<>(optionIds));
        }
    }

    /** The answer to a yes/no question. */
    record YesNo(boolean value) implements AnswerValue {
        /** The id of the option that carries the score of this answer: {@code yes} or {@code no}. */
        public String optionId() {
            return value ? "yes" : "no";
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    /** The answer to a scale or number question. */
    record Num(BigDecimal value) implements AnswerValue {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    /** The answer to a text question. */
    record Text(String value) implements AnswerValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    /**
     * The answer to a matrix question: the chosen option of each answered row, in the order given (never empty: a
     * matrix answer without any row is no answer). Rows left out are unanswered.
     */
    record Rows(Map<String, String> choices) implements AnswerValue {
        public Rows {
            Objects.requireNonNull(choices, "choices");
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("a matrix answer has at least one answered row");
            }
            choices.forEach((row, option) -> {
                Objects.requireNonNull(row, "row id");
                Objects.requireNonNull(option, "option id");
            });
            choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        }

        /** The option chosen for {@code rowId}, or null when the row is unanswered. */
        public String option(String rowId) {
            return choices.get(rowId);
        }

        @Override
        public Object raw() {
            return choices;
        }
    }
}
