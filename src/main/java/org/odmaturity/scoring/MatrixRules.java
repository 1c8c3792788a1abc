package org.odmaturity.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.scoring.AnswerProblem.Kind;
import org.odmaturity.scoring.AnswerRules.Reason;

/**
 * The rules of a matrix answer: a JSON object {@code {rowId: optionId}}, each key a row of the question, each value one
 * of its options or null (the row unanswered). Every reason names its row ({@code row} in its arguments).
 */
final class MatrixRules {

    private MatrixRules() {
    }

    /**
     * The typed answer of a raw JSON object; null with no reason when no row is answered (an empty object, or only
     * nulls: no answer, as a null value); null with reasons when the value is not an object.
     */
    static AnswerValue convert(Object raw, List<Reason> reasons) {
        if (!(raw instanceof Map<?, ?> map)) {
            return AnswerRules.wrongType(reasons, Kind.WRONG_TYPE,
                    "a matrix answer must be an object {\"row id\": \"option id\", ...}", raw);
        }
        Map<String, String> choices = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String row = String.valueOf(entry.getKey());
            Object option = entry.getValue();
            if (option instanceof String s) {
                choices.put(row, s);
            } else if (option != null) {
                reasons.add(new Reason(Kind.WRONG_TYPE, "row '" + row + "': the answer of a row must be an option id "
                        + "(a string) or null, got " + AnswerRules.typeName(option), Map.of("row", row)));
            }
        }
        return choices.isEmpty() ? null : new AnswerValue.Rows(choices);
    }

    /** Checks each row of {@code value}: a row of the question, answered with one of its options. */
    static void check(Question question, AnswerValue value, List<Reason> reasons) {
        if (!(value instanceof AnswerValue.Rows rows)) {
            reasons.add(new Reason(Kind.WRONG_TYPE, "a matrix answer must be an object {\"row id\": \"option id\"}, "
                    + "got " + AnswerRules.describe(value)));
            return;
        }
        rows.choices().forEach((row, option) -> {
            if (question.row(row).isEmpty()) {
                reasons.add(new Reason(Kind.UNKNOWN_ROW, "row '" + row + "' does not exist (rows: "
                        + question.rows().stream().map(MatrixRow::id).collect(Collectors.joining(", ")) + ")",
                        Map.of("row", row)));
            } else if (question.option(option).isEmpty()) {
                reasons.add(new Reason(Kind.UNKNOWN_OPTION, "row '" + row + "': option '" + option
                        + "' does not exist (options: "
                        + question.options().stream().map(Option::id).collect(Collectors.joining(", ")) + ")",
                        Map.of("row", row)));
            }
        });
    }
}
