package org.odmaturity.comparison;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.odmaturity.comparison.Results.CampaignRef;

/**
 * Organisations × themes: the individual scores a viewer may read (every scored diagnostic for admins, the assigned
 * ones for a facilitator), sorted and paged.
 *
 * @param sort       the node the rows are sorted by ("name" for the organisation's name)
 * @param descending the order
 * @param total      how many rows there are in all pages
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Heatmap(CampaignRef campaign, Map<String, String> filters, List<Column> columns, List<HeatRow> rows,
        String sort, boolean descending, int page, int pageSize, int total) {

    /** A column: the overall score, an axis or a theme. */
    public record Column(String nodeId, String nodeType, String axisId, String title) {
    }

    public record HeatRow(long organizationId, long diagnosticId, String name, String type, String departement,
            List<Cell> cells) {
    }

    /** A score and its level, both null when the diagnostic has no score for the node. */
    public record Cell(Double score, String level) {
    }
}
