package org.odmaturity.comparison.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.ResultsParams;
import org.odmaturity.comparison.Viewer;
import org.odmaturity.comparison.export.ResultsColumns.Column;
import org.odmaturity.security.Actor;
import org.odmaturity.time.Instants;

/**
 * A campaign's results, one row per diagnostic, as CSV ({@link Csv}, both dialects) or as an XLSX workbook
 * ({@link XlsxResults}): for the API ({@code /api/campaigns/{id}/results.csv} and {@code .xlsx}) and for the
 * dashboard pages' "download all results". Scores and levels come from the in-memory campaign data
 * ({@link ComparisonService#data(long)}, read from the stored snapshots); nothing is recomputed and nothing is read
 * per row, so memory does not grow with the output beyond the campaign data already held. See docs/api.md, "Exports".
 */
@ApplicationScoped
public class ResultsExport {

    /** Rows written between two flushes of the CSV: the client receives the file as it is written. */
    static final int FLUSH_EVERY = 500;

    private final ComparisonService comparisons;

    public ResultsExport(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    /**
     * The diagnostics of a campaign that an export gives a viewer (see {@link ExportSelection}).
     *
     * @throws org.odmaturity.error.ResourceNotFoundException when there is no such campaign
     */
    public ExportSelection select(long campaignId, ResultsFilter filter, Viewer viewer) {
        return ExportSelection.of(comparisons.data(campaignId), filter, viewer, Instants.now());
    }

    /** The same for an API caller: filters and language from its query parameters, what it may see from who it is. */
    public ExportSelection select(long campaignId, ResultsParams params, Actor actor) {
        return select(campaignId, params.toFilter(), comparisons.viewer(actor, params.lang));
    }

    /** Writes a campaign's results as CSV (for callers that have not selected yet: the selection is made first). */
    public void csv(long campaignId, ResultsFilter filter, Viewer viewer, Csv.Dialect dialect, OutputStream out) {
        csv(select(campaignId, filter, viewer), dialect, out);
    }

    /**
     * Writes the results as CSV: a header of column names, then one row per diagnostic. Closes the stream.
     */
    public void csv(ExportSelection selection, Csv.Dialect dialect, OutputStream out) {
        List<Column> columns = new ResultsColumns(selection).all();
        try (Csv csv = Csv.to(out, dialect)) {
            csv.row(columns.stream().map(Column::name).toList());
            List<Object> cells = new ArrayList<>(columns.size());
            int written = 0;
            for (Row row : selection.rows()) {
                cells.clear();
                for (Column column : columns) {
                    cells.add(csvValue(column, row));
                }
                csv.row(cells);
                if (++written % FLUSH_EVERY == 0) {
                    csv.flush();
                }
            }
        }
    }

    /** Writes the results as an XLSX workbook (readme, overall, axes, themes). Closes the stream. */
    public void xlsx(ExportSelection selection, OutputStream out) {
        try (out) {
            new XlsxResults(selection).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object csvValue(Column column, Row row) {
        Object value = column.value().apply(row);
        return value instanceof Instant instant ? ExportTexts.iso(instant) : value;
    }
}
