package org.odmaturity.comparison;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.odmaturity.comparison.Results.AnonymityNote;
import org.odmaturity.comparison.Results.CampaignRef;

/**
 * How the organisations present in both campaigns (paired) changed from an earlier campaign to this one: per node the
 * mean before and after and how many improved, and the transitions of overall level.
 *
 * @param pairs how many organisations are paired and counted (null when the anonymity rule hides them all)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Evolution(CampaignRef campaign, CampaignRef from, Map<String, String> filters, AnonymityNote anonymity,
        Integer pairs, List<NodeChange> changes, List<Transition> transitions) {

    /**
     * One node over the pairs scored on it in both campaigns (nodes are matched by id: a theme the earlier
     * questionnaire did not have is left out). {@code improved}/{@code declined}: by more than 0.05 points. Every
     * figure is null when the anonymity rule hides the node (fewer pairs scored on it than the minimum).
     */
    public record NodeChange(String nodeId, String nodeType, String axisId, String title, Integer count, Double fromMean,
            Double toMean, Double meanChange, Integer improved, Integer unchanged, Integer declined) {
    }

    /** How many paired organisations went from one overall level to another. */
    public record Transition(String fromLevel, String fromLabel, String toLevel, String toLabel, int count) {
    }
}
