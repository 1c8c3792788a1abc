package org.odmaturity.questionnaire.model;

/**
 * The action that moves an organisation from its current answer to the next step.
 *
 * @param effort  null when the file gives none (plans rank it as a medium effort)
 * @param horizon null when the file gives none (plans show no horizon)
 */
public record Recommendation(LocalizedText action, Effort effort, Horizon horizon) {
}
