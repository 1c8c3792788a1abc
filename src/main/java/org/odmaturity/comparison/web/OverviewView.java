package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.Results.Count;
import org.odmaturity.comparison.Results.Distribution;
import org.odmaturity.comparison.Results.LevelCount;
import org.odmaturity.comparison.Results.LevelRef;
import org.odmaturity.comparison.web.DashboardViews.CountRow;
import org.odmaturity.comparison.web.DashboardViews.CountTable;
import org.odmaturity.comparison.web.DashboardViews.DistributionRow;
import org.odmaturity.comparison.web.DashboardViews.Distributions;
import org.odmaturity.comparison.web.DashboardViews.Download;
import org.odmaturity.comparison.web.DashboardViews.Figure;
import org.odmaturity.comparison.web.DashboardViews.LevelCell;
import org.odmaturity.comparison.web.DashboardViews.LevelHead;
import org.odmaturity.comparison.web.DashboardViews.Participation;
import org.odmaturity.web.Formats;

/**
 * The overview's records from a campaign's {@link Results}: the same figures as the API, written for the page. The
 * CSV downloads ({@link OverviewCsv}) write the same rows.
 */
final class OverviewView {

    private OverviewView() {
    }

    /** The breakdowns of participation, in the order the page shows them. */
    enum Breakdown {
        STATUS, MODE, TYPE, BAND, DEPARTEMENT;

        List<Count> counts(Results.Participation p) {
            return switch (this) {
                case STATUS -> p.byStatus();
                case MODE -> p.byMode();
                case TYPE -> p.byType();
                case BAND -> p.byBand();
                case DEPARTEMENT -> p.byDepartement();
            };
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        String caption(ResultsMsg m) {
            return switch (this) {
                case STATUS -> m.by_status();
                case MODE -> m.by_mode();
                case TYPE -> m.by_type();
                case BAND -> m.by_band();
                case DEPARTEMENT -> m.by_departement();
            };
        }

        String dimension(ResultsMsg m) {
            return switch (this) {
                case STATUS -> m.dim_status();
                case MODE -> m.dim_mode();
                case TYPE -> m.dim_type();
                case BAND -> m.dim_band();
                case DEPARTEMENT -> m.dim_departement();
            };
        }

        /** The row's label: the count's own, or the département's name. */
        String label(Count count) {
            return this == DEPARTEMENT ? DashboardFrame.departementLabel(count.key()) : count.label();
        }
    }

    static Participation participation(Results.Participation p, ResultsMsg m, Locale locale,
            List<Download> downloads) {
        List<Figure> figures = List.of(new Figure(m.fig_invited(), integer(locale, p.invited())),
                new Figure(m.fig_started(), integer(locale, p.started())),
                new Figure(m.fig_submitted(), integer(locale, p.submitted())),
                new Figure(m.fig_validated(), integer(locale, p.validated())));
        List<CountTable> tables = new ArrayList<>();
        for (Breakdown b : Breakdown.values()) {
            List<CountRow> rows = b.counts(p).stream()
                    .filter(c -> c.count() > 0 || b == Breakdown.STATUS || b == Breakdown.MODE)
                    .map(c -> new CountRow(c.key(), b.label(c), integer(locale, c.count()), c.count())).toList();
            tables.add(new CountTable("participation-" + b.key(), b.caption(m), b.dimension(m), rows));
        }
        return new Participation(figures, tables, downloads);
    }

    static Distributions distributions(Results results, ResultsMsg m, Locale locale, List<Download> downloads) {
        List<LevelHead> levels = new ArrayList<>();
        for (LevelRef level : results.levels()) {
            levels.add(new LevelHead(level.id(), level.label(), levels.size()));
        }
        List<DistributionRow> rows = new ArrayList<>();
        for (Distribution d : results.distributions()) {
            List<LevelCell> cells = new ArrayList<>();
            for (LevelRef level : results.levels()) {
                int count = d.levels().stream().filter(l -> l.level().equals(level.id())).mapToInt(LevelCount::count)
                        .sum();
                cells.add(new LevelCell(level.id(), d.shown() ? integer(locale, count) : null, count));
            }
            rows.add(new DistributionRow(d.nodeId(), d.nodeType(), d.title(), d.shown(),
                    d.count() == null ? null : integer(locale, d.count()), score(locale, d.mean()),
                    score(locale, d.min()), score(locale, d.q1()), score(locale, d.median()), score(locale, d.q3()),
                    score(locale, d.max()), cells));
        }
        return new Distributions(levels, rows, m.hidden(results.anonymity().minimumGroupSize()), downloads);
    }

    static String integer(Locale locale, int value) {
        return Formats.decimal(locale, value, 0);
    }

    /** A score with one decimal, a dash when there is none. */
    static String score(Locale locale, Double value) {
        return value == null ? "–" : Formats.decimal(locale, value, 1);
    }
}
