package org.odmaturity.questionnaire.expr;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.odmaturity.questionnaire.model.QuestionType;

/**
 * What {@link ExprChecker} needs to know about a question: its type and, for choice questions, its option ids (in
 * document order; used in messages).
 */
public record QuestionSignature(QuestionType type, Set<String> optionIds) {
    public QuestionSignature {
        Objects.requireNonNull(type, "type");
        optionIds = optionIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(optionIds));
    }

    public static QuestionSignature of(QuestionType type, String... optionIds) {
        return new QuestionSignature(type, new LinkedHashSet<>(java.util.Arrays.asList(optionIds)));
    }
}
