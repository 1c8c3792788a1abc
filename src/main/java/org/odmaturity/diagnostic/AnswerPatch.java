package org.odmaturity.diagnostic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a batch of answer changes ({@link DiagnosticService#patchAnswers}): for each part of the answer, leave
 * it as stored ({@link Change#keep()}) or set it ({@link Change#to}, null clearing it), and the revision of the answer
 * the writer last saw (0 for a question it saw unanswered; null when the batch relies on the diagnostic's version
 * instead). The value is the answer's JSON value, as stored and exported.
 *
 * <p>Giving a value without saying anything about "not applicable" withdraws "not applicable"; declaring "not
 * applicable" without a value clears the value.
 */
public record AnswerPatch(String question, Change<JsonNode> value, Change<Boolean> notApplicable,
        Change<Boolean> unsure, Change<String> comment, Change<String> evidence, Change<String> note,
        Integer revision) {

    /** One part of an answer: kept as stored, or set to a value (null: cleared). */
    public record Change<T>(boolean given, T value) {

        private static final Change<?> KEEP = new Change<>(false, null);

        @SuppressWarnings("unchecked")
        public static <T> Change<T> keep() {
            return (Change<T>) KEEP;
        }

        public static <T> Change<T> to(T value) {
            return new Change<>(true, value);
        }

        /** The new value when given, else {@code current}. */
        public T or(T current) {
            return given ? value : current;
        }
    }

    /** The whole answer but the note (what an answer form or an import carries): it becomes exactly this. */
    public static AnswerPatch whole(String question, JsonNode value, boolean notApplicable, boolean unsure,
            String comment, String evidence, Integer revision) {
        return new AnswerPatch(question, Change.to(value), Change.to(notApplicable), Change.to(unsure),
                Change.to(comment), Change.to(evidence), Change.keep(), revision);
    }

    /** The same change, also setting the facilitator's note. */
    public AnswerPatch withNote(String newNote) {
        return new AnswerPatch(question, value, notApplicable, unsure, comment, evidence, Change.to(newNote),
                revision);
    }
}
