package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.List;

import org.odmaturity.comparison.Heatmap;
import org.odmaturity.comparison.OrganizationHistory;
import org.odmaturity.comparison.OrganizationHistory.AxisScore;
import org.odmaturity.comparison.OrganizationHistory.Entry;
import org.odmaturity.comparison.export.Csv;

/**
 * The heatmap and an organisation's history as CSV: the rows the pages show (the heatmap's over all its pages, in the
 * same order), with stable column names (English identifiers and node ids, as in the API); scores as numbers, levels
 * as the questionnaire's level ids.
 */
final class HeatmapCsv {

    private HeatmapCsv() {
    }

    static void heatmap(Heatmap h, Csv csv) {
        List<Object> header = new ArrayList<>(List.of("organization_id", "diagnostic_id", "organization", "type",
                "departement"));
        for (Heatmap.Column c : h.columns()) {
            header.add(c.nodeId());
            header.add(c.nodeId() + "_level");
        }
        csv.row(header);
        for (Heatmap.HeatRow r : h.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.organizationId(), r.diagnosticId(), r.name(), r.type()));
            row.add(r.departement());
            for (Heatmap.Cell c : r.cells()) {
                row.add(c.score());
                row.add(c.level());
            }
            csv.row(row);
        }
    }

    static void history(OrganizationHistory history, Csv csv) {
        List<HeatmapViews.AxisHead> axes = HeatmapViews.axes(history);
        List<Object> header = new ArrayList<>(List.of("organization_id", "organization", "diagnostic_id",
                "campaign_id", "campaign", "year", "status", "mode", "scored_at", "overall", "overall_level"));
        for (HeatmapViews.AxisHead axis : axes) {
            header.add(axis.id());
            header.add(axis.id() + "_level");
        }
        csv.row(header);
        for (Entry e : history.diagnostics()) {
            List<Object> row = new ArrayList<>(List.of(history.organizationId(), history.name(), e.diagnosticId(),
                    e.campaign().id(), e.campaign().name(), e.campaign().year(), e.status(), e.mode()));
            row.add(e.scoredAt() == null ? null : e.scoredAt().toString());
            row.add(e.overall());
            row.add(e.overallLevel());
            for (HeatmapViews.AxisHead axis : axes) {
                AxisScore s = e.axes().stream().filter(a -> a.axisId().equals(axis.id())).findFirst().orElse(null);
                row.add(s == null ? null : s.score());
                row.add(s == null ? null : s.level());
            }
            csv.row(row);
        }
    }
}
