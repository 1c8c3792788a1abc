package org.odmaturity.diagnostic;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything recorded about one answer, as stored in the history and exchanged in exports: the value (JSON), the
 * flags, the respondent's comment and evidence link, the facilitator's note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerState(JsonNode value, boolean notApplicable, boolean unsure, String comment, String evidence,
        String note) {

    public static final AnswerState EMPTY = new AnswerState(null, false, false, null, null, null);

    public boolean answered() {
        return notApplicable || value != null && !value.isNull();
    }

    /** The same answer without the facilitator's note (what respondents see). */
    public AnswerState withoutNote() {
        return note == null ? this : new AnswerState(value, notApplicable, unsure, comment, evidence, null);
    }

    public boolean sameAs(AnswerState other) {
        return other != null && Objects.equals(normal(value), normal(other.value)) && notApplicable == other.notApplicable
                && unsure == other.unsure && Objects.equals(comment, other.comment)
                && Objects.equals(evidence, other.evidence) && Objects.equals(note, other.note);
    }

    private static JsonNode normal(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}
