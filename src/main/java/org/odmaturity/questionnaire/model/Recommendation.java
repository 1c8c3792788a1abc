package org.odmaturity.questionnaire.model;

/** The action that moves an organisation from its current answer to the next step. */
public record Recommendation(LocalizedText action, Effort effort, Horizon horizon) {
}
