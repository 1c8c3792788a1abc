package org.odmaturity.campaign.progress;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.export.ExportTexts;
import org.odmaturity.i18n.Labels;

/**
 * A campaign's progress as CSV, one row per organisation, written by the exports' {@link Csv} (UTF-8, CRLF, text
 * cells that a spreadsheet would read as a formula neutralised; the Excel dialect on request). Column names, stage and
 * fixed values in one language ({@code fr} default, or {@code en}); times ISO 8601 in Paris time, dates ISO.
 */
public final class ProgressCsv {

    private static final List<String> COLUMNS = List.of("organization", "siren", "type", "departement", "mode",
            "status", "stage", "deadline", "overdue", "facilitator", "invited_at", "link_used_at", "started_at",
            "answered", "relevant", "percent", "submitted_at", "validated_at");

    private ProgressCsv() {
    }

    /** "en" gives English, anything else French. */
    public static String language(String lang) {
        return "en".equals(lang) ? "en" : "fr";
    }

    /** The file name: {@code suivi-campagne-12.csv} / {@code campaign-progress-12.csv}. */
    public static String fileName(long campaignId, String lang) {
        return texts(language(lang)).getString("file") + "-" + campaignId + ".csv";
    }

    public static void write(CampaignProgress progress, Csv.Dialect dialect, String lang, OutputStream out) {
        String language = language(lang);
        ResourceBundle texts = texts(language);
        Labels labels = Labels.of(language);
        try (Csv csv = Csv.to(out, dialect)) {
            csv.row(COLUMNS.stream().map(c -> texts.getString("col." + c)).toList());
            for (CampaignProgress.Row r : progress.rows()) {
                csv.row(r.organization(), r.siren(), r.type() == null ? null : r.type().label(language),
                        r.departement(), labels.label("diagnostic.mode", r.mode()),
                        labels.label("diagnostic.status", r.status()),
                        texts.getString("stage." + r.stage().name().toLowerCase(Locale.ROOT)),
                        r.deadline() == null ? null : r.deadline().toString(),
                        texts.getString(r.overdue() ? "yes" : "no"), r.facilitator(), ExportTexts.iso(r.invitedAt()),
                        ExportTexts.iso(r.linkUsedAt()), ExportTexts.iso(r.startedAt()), r.answered(), r.relevant(),
                        r.percent(), ExportTexts.iso(r.submittedAt()), ExportTexts.iso(r.validatedAt()));
            }
        }
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("exports.progress", Locale.forLanguageTag(language),
                ProgressCsv.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
