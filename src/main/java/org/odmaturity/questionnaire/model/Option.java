package org.odmaturity.questionnaire.model;

/**
 * One answer option of a choice or yes/no question.
 *
 * @param exclusive      for multiple choice: this option cannot be selected together with another one ("none of these")
 * @param recommendation the action that moves an organisation that gave this answer to the next step; may be null
 */
public record Option(String id, LocalizedText label, double score, boolean exclusive, Recommendation recommendation) {
}
