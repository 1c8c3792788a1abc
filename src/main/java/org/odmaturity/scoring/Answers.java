package org.odmaturity.scoring;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An immutable set of answers, at most one per question, keyed by question id (iteration in insertion order). */
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, Answer> byQuestion;

    private Answers(Map<String, Answer> byQuestion) {
        this.byQuestion = byQuestion;
    }

    public static Answers empty() {
        return EMPTY;
    }

    /** @throws IllegalArgumentException if two answers are for the same question */
    public static Answers of(Collection<Answer> answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (Answer answer : answers) {
            Objects.requireNonNull(answer, "answer");
            if (map.putIfAbsent(answer.questionId(), answer) != null) {
                throw new IllegalArgumentException("two answers for question '" + answer.questionId() + "'");
            }
        }
        return map.isEmpty() ? EMPTY : new Answers(Collections.unmodifiableMap(map));
    }

    /**
     * These answers updated by {@code changes}: an answer in {@code changes} replaces the answer to the same question;
     * a cleared answer (no value, not "not applicable") removes it.
     *
     * @throws IllegalArgumentException if {@code changes} holds two answers for the same question
     */
    public Answers with(Collection<Answer> changes) {
        Answers checked = of(changes);
        Map<String, Answer> map = new LinkedHashMap<>(byQuestion);
        for (Answer change : checked.all()) {
            if (change.given()) {
                map.put(change.questionId(), change);
            } else {
                map.remove(change.questionId());
            }
        }
        return map.isEmpty() ? EMPTY : new Answers(Collections.unmodifiableMap(map));
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    /** Every answer, in insertion order. */
    public Collection<Answer> all() {
        return byQuestion.values();
    }

    public int size() {
        return byQuestion.size();
    }

    public boolean isEmpty() {
        return byQuestion.isEmpty();
    }

    /** Equal when they hold equal answers for the same questions, whatever the order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && byQuestion.equals(that.byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + byQuestion.values();
    }
}
