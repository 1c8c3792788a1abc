package org.odmaturity.diagnostic;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;

/**
 * How a matrix answer is stored: an object {@code {rowId: optionId}} holding the answered rows only. A row set to null
 * is unanswered and left out; an object without any answered row is no answer (stored as null, like a cleared answer).
 */
public final class MatrixAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MatrixAnswers() {
    }

    /** The state with its matrix value reduced to the answered rows (unchanged for other questions and values). */
    static AnswerState normalise(Question question, AnswerState state) {
        if (question.type() != QuestionType.MATRIX || state.value() == null || !state.value().isObject()) {
            return state;
        }
        ObjectNode rows = ((ObjectNode) state.value()).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> i = rows.fields(); i.hasNext();) {
            if (i.next().getValue().isNull()) {
                i.remove();
            }
        }
        return new AnswerState(rows.isEmpty() ? null : rows, state.notApplicable(), state.unsure(), state.comment(),
                state.evidence(), state.note());
    }

    /** Whether a stored value answers every row of a matrix question (true for any other question). */
    public static boolean complete(Question question, String valueJson) {
        if (question.type() != QuestionType.MATRIX) {
            return true;
        }
        if (valueJson == null) {
            return false;
        }
        try {
            JsonNode value = JSON.readTree(valueJson);
            for (MatrixRow row : question.rows()) {
                JsonNode option = value.get(row.id());
                if (option == null || !option.isTextual()) {
                    return false;
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
