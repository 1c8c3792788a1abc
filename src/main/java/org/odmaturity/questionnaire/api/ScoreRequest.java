package org.odmaturity.questionnaire.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

/** Body of {@code POST /api/questionnaires/{id}/{version}/score}. */
public record ScoreRequest(@NotNull @Size(max = 5000) List<@NotNull @Valid AnswerRequest> answers) {

    /**
     * One answer: {@code value} is an option id, a list of option ids, a boolean, a number or a text depending on the
     * question type; or {@code notApplicable: true}; a null value means unanswered. {@code unsure: true} flags the
     * answer as unsure (points deducted when the questionnaire sets {@code scoring.unsureDeduction}).
     */
    public record AnswerRequest(@NotBlank @Size(max = 200) String question, JsonNode value, Boolean notApplicable,
            Boolean unsure) {
    }
}
