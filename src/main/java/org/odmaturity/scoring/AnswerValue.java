package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A validated answer value, typed after its question. */
public sealed interface AnswerValue {

    /**
     * The value as plain JSON data, the inverse of {@link AnswerValidator}'s conversion: a {@code String} for
     * {@link Choice} and {@link Text}, a {@code List<String>} for {@link Choices}, a {@code Boolean} for {@link YesNo},
     * a {@code BigDecimal} for {@link Num}.
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
}
