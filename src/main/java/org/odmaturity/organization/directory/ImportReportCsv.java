package org.odmaturity.organization.directory;

import java.io.OutputStream;

import org.odmaturity.comparison.export.Csv;

/**
 * The report of an import as CSV, one row per line of the file, through the application's one CSV writer
 * ({@link Csv}): a name that starts like a formula ({@code =cmd|…}) is neutralised there.
 */
public final class ImportReportCsv {

    private ImportReportCsv() {
    }

    public static void write(DirectoryImportService.ImportReport report, Csv.Dialect dialect, OutputStream out) {
        try (Csv csv = Csv.to(out, dialect)) {
            csv.row("line", "outcome", "organization_id", "siren", "name", "reason", "column", "message");
            for (DirectoryImportService.ReportLine l : report.lines()) {
                csv.row(l.line(), l.outcome().name(), l.organizationId(), l.siren(), l.name(),
                        l.reason() == null ? null : l.reason().name(), l.field(), l.message());
            }
        }
    }
}
