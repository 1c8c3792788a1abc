package org.odmaturity.comparison.export;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.Viewer;

/**
 * What an export holds: a campaign's results (read from the stored score snapshots), the filters, who asks, and the
 * diagnostics that come out — those in the filters (status scope included) that the viewer may read individually
 * (admins: all; a facilitator: the diagnostics assigned to them, as {@link Viewer#mayReadIndividually}), in the order
 * of their ids. Chosen before anything is written, so that an unknown campaign is still a 404 and not a broken
 * download.
 *
 * @param extractedAt when the export was asked for (the readme's date and the file name's)
 */
public record ExportSelection(CampaignResults data, ResultsFilter filter, Viewer viewer, List<Row> rows,
        Instant extractedAt) {

    public ExportSelection {
        rows = List.copyOf(rows);
    }

    /** The diagnostics of a campaign's data that an export gives a viewer. */
    public static ExportSelection of(CampaignResults data, ResultsFilter filter, Viewer viewer, Instant extractedAt) {
        List<Row> rows = data.rows().stream()
                .filter(r -> r.snapshotId() != null && filter.matches(r.profile()) && viewer.mayReadIndividually(r))
                .toList();
        return new ExportSelection(data, filter, viewer, rows, extractedAt);
    }

    public ExportTexts texts() {
        return ExportTexts.of(viewer.language());
    }

    /**
     * A download's file name: {@code <what>-<campaign name as ASCII words>-<date of extraction>.<extension>}, e.g.
     * {@code resultats-campagne-2026-2026-05-04.csv}; only ASCII letters, digits and dashes (the name cut between
     * words to at most 60), so that it needs no quoting in {@code Content-Disposition}.
     *
     * @param what {@code results} or {@code answers} (the prefix in the export's language)
     */
    public String fileName(String what, String extension) {
        String ascii = Normalizer.normalize(data.campaign().name(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > 60) {
            int cut = ascii.lastIndexOf('-', 60);
            ascii = ascii.substring(0, cut > 0 ? cut : 60);
        }
        if (ascii.isEmpty()) {
            ascii = Long.toString(data.campaign().id());
        }
        return texts().text("file." + what) + "-" + ascii + "-" + LocalDate.ofInstant(extractedAt, ExportTexts.PARIS)
                + "." + extension;
    }
}
