package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.List;

import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.Results.Count;
import org.odmaturity.comparison.Results.Distribution;
import org.odmaturity.comparison.Results.LevelCount;
import org.odmaturity.comparison.Results.LevelRef;
import org.odmaturity.comparison.export.Csv;

/**
 * The overview's tables as CSV: the rows the page shows, with stable column names (English identifiers, as in the
 * API) and the page language's labels. A figure the anonymity rule hides is an empty cell, with {@code shown} false.
 */
final class OverviewCsv {

    private OverviewCsv() {
    }

    static void participation(Results results, Csv csv) {
        Results.Participation p = results.participation();
        csv.row("breakdown", "key", "label", "diagnostics");
        csv.row("total", "invited", "invited", p.invited());
        csv.row("total", "started", "started", p.started());
        csv.row("total", "submitted", "submitted", p.submitted());
        csv.row("total", "validated", "validated", p.validated());
        for (OverviewView.Breakdown b : OverviewView.Breakdown.values()) {
            for (Count c : b.counts(p)) {
                if (c.count() > 0 || b == OverviewView.Breakdown.STATUS || b == OverviewView.Breakdown.MODE) {
                    csv.row(b.key(), c.key(), b.label(c), c.count());
                }
            }
        }
    }

    static void distributions(Results results, Csv csv) {
        List<Object> header = new ArrayList<>(List.of("node_id", "node_type", "axis_id", "title", "shown",
                "organizations", "mean", "min", "q1", "median", "q3", "max"));
        for (LevelRef level : results.levels()) {
            header.add("level_" + level.id());
        }
        csv.row(header);
        for (Distribution d : results.distributions()) {
            List<Object> row = new ArrayList<>(List.of(d.nodeId(), d.nodeType()));
            row.add(d.axisId());
            row.add(d.title());
            row.add(d.shown());
            row.add(d.count());
            row.add(d.mean());
            row.add(d.min());
            row.add(d.q1());
            row.add(d.median());
            row.add(d.q3());
            row.add(d.max());
            for (LevelRef level : results.levels()) {
                row.add(d.shown() ? d.levels().stream().filter(l -> l.level().equals(level.id()))
                        .mapToInt(LevelCount::count).sum() : null);
            }
            csv.row(row);
        }
    }
}
