package org.odmaturity.comparison;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.odmaturity.comparison.Results.CampaignRef;

/**
 * An organisation's scored diagnostics across campaigns, oldest campaign first, each from its latest snapshot: the
 * score history and the radar overlay of its organisation page.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganizationHistory(long organizationId, String name, List<Entry> diagnostics) {

    public record Entry(long diagnosticId, CampaignRef campaign, String status, String mode, Instant scoredAt,
            Double overall, String overallLevel, List<AxisScore> axes) {
    }

    public record AxisScore(String axisId, String title, Double score, String level) {
    }
}
