package org.odmaturity.questionnaire.model;

/**
 * A maturity level. {@code threshold} is the lowest score (0–100) that reaches it; the first level's threshold is 0
 * and thresholds strictly ascend.
 */
public record Level(String id, double threshold, LocalizedText label, LocalizedText description) {
}
