package org.odmaturity.organization.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.export.Downloads;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.organization.directory.DirectoryFile;
import org.odmaturity.organization.directory.DirectoryImportService;
import org.odmaturity.organization.directory.DirectoryImportService.ImportReport;
import org.odmaturity.organization.directory.DirectoryImportService.ReportLine;
import org.odmaturity.organization.directory.ImportReportCsv;
import org.odmaturity.organization.directory.Outcome;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * Importing a directory of organisations from a CSV file: upload → preview (stored, so that any instance can show and
 * confirm it) → confirmation → report. A second confirmation applies nothing.
 */
@Path("/admin/organisations/import")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class DirectoryImportPagesResource {

    static final String BASE = "/admin/organisations/import";
    /** At most this many lines are listed on a page; the CSV report has them all. */
    static final int SHOWN_LINES = 1000;

    @Inject PageContext context;
    @Inject DirectoryImportService imports;

    @GET
    public Response form() {
        return upload(List.of(), null, "", "", false, 200);
    }

    @POST
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response check(@RestForm("fichier") FileUpload file, @RestForm("encodage") String encoding,
            @RestForm("separateur") String delimiter, @RestForm("toutOuRien") String atomic) {
        ImportMsg m = context.msg(ImportMsg.class);
        String enc = choice(encoding, "utf-8", "windows-1252");
        String sep = choice(delimiter, ";", ",", "tab");
        boolean allOrNothing = atomic != null && !atomic.isEmpty();
        if (file == null || file.size() == 0 && (file.fileName() == null || file.fileName().isBlank())) {
            return upload(List.of(new Views.ErrorLink("#fichier", m.err_file_missing())), m.err_file_missing(), enc,
                    sep, allOrNothing, 422);
        }
        try {
            ImportReport preview = imports.preview(new DirectoryImportService.Upload(file.fileName(), read(file),
                    DirectoryFile.encoding(enc), DirectoryFile.delimiter(sep), allOrNothing), context.actor());
            return Response.seeOther(UriBuilder.fromPath(BASE).path("{id}").build(preview.summary().id())).build();
        } catch (InvalidInputException e) {
            List<Views.ErrorLink> errors = new ArrayList<>();
            for (Object error : e.errors()) {
                if (error instanceof DirectoryFile.FileProblem p) {
                    String target = "encoding".equals(p.field()) ? "#encodage" : "delimiter".equals(p.field())
                            ? "#separateur" : "#fichier";
                    errors.add(new Views.ErrorLink(target, ImportViews.fileProblem(m, p)));
                }
            }
            return upload(errors, errors.isEmpty() ? null : m.file_refused(), enc, sep, allOrNothing, 422);
        }
    }

    @GET
    @Path("{id}")
    public Response report(@PathParam("id") long id, @QueryParam("ok") String ok) {
        ImportMsg m = context.msg(ImportMsg.class);
        String notice = "applied".equals(ok) ? m.applied_notice() : "already".equals(ok) ? m.already_applied() : null;
        return report(imports.report(id), notice, null, 200);
    }

    @POST
    @Path("{id}/confirmer")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response confirm(@PathParam("id") long id) {
        ImportMsg m = context.msg(ImportMsg.class);
        ImportReport before = imports.report(id);
        if (before.summary().applied()) {
            return Response.seeOther(UriBuilder.fromPath(BASE).path("{id}").queryParam("ok", "already").build(id))
                    .build();
        }
        try {
            imports.confirm(id);
            return Response.seeOther(UriBuilder.fromPath(BASE).path("{id}").queryParam("ok", "applied").build(id))
                    .build();
        } catch (InvalidInputException e) {
            return report(imports.report(id), null, m.confirm_blocked(before.summary().refused()), 422);
        } catch (ConflictException e) {
            return report(imports.report(id), null, m.conflict(), 409);
        }
    }

    @GET
    @Path("{id}/rapport.csv")
    @Produces(Csv.MEDIA_TYPE)
    public Response reportCsv(@PathParam("id") long id, @QueryParam("excel") String excel) {
        ImportReport report = imports.report(id);
        return Downloads.of(out -> ImportReportCsv.write(report, Csv.Dialect.of("true".equals(excel)), out),
                Csv.MEDIA_TYPE, "import-" + id + ".csv", context.lang());
    }

    // ----------------------------------------------------------------------------------------------------------

    private Response upload(List<Views.ErrorLink> errors, String fileError, String encoding, String delimiter,
            boolean atomic, int status) {
        ImportMsg m = context.msg(ImportMsg.class);
        List<ImportViews.Recent> recent = imports.recent(20).stream()
                .map(s -> ImportViews.recent(s, Formats.dateTime(context.locale(), s.createdAt()))).toList();
        ImportViews.UploadPage view = new ImportViews.UploadPage(errors, fileError, encoding, delimiter, atomic,
                recent, DirectoryFile.MAX_LINES, DirectoryFile.MAX_LINE_CHARS);
        String title = org.odmaturity.web.Forms.title(context.msg(FrameMsg.class), m.imports_title(), errors.size());
        return context.render(ImportViews.Templates.imports(context.page(title, Section.ORGANIZATIONS, BASE), view),
                status);
    }

    private Response report(ImportReport report, String notice, String alert, int status) {
        ImportMsg m = context.msg(ImportMsg.class);
        DirectoryImportService.ImportSummary s = report.summary();
        boolean applied = s.applied();
        List<ImportViews.Row> rows = new ArrayList<>();
        List<ImportViews.Row> refused = new ArrayList<>();
        for (ReportLine l : report.lines()) {
            ImportViews.Row row = new ImportViews.Row(l.line(), l.siren(), l.name(),
                    ImportViews.outcome(m, l.outcome(), applied), l.outcome() == Outcome.REFUSED,
                    ImportViews.reason(m, l.reason(), l.field()), applied ? l.organizationId() : null);
            if (row.refused()) {
                refused.add(row);
            }
            if (rows.size() < SHOWN_LINES) {
                rows.add(row);
            }
        }
        String title = applied ? m.report_title(s.fileName()) : m.preview_title(s.fileName());
        String blocked = !applied && s.atomic() && s.refused() > 0 ? m.confirm_blocked(s.refused()) : null;
        ImportViews.ReportPage view = new ImportViews.ReportPage(s.id(), title,
                applied ? m.report_intro(Formats.dateTime(context.locale(), s.appliedAt())) : m.preview_intro(),
                s.fileName(), s.createdBy(), Formats.dateTime(context.locale(), s.createdAt()),
                s.encoding() + " / " + ("\t".equals(s.delimiter()) ? "tab" : s.delimiter()), s.atomic(), applied,
                blocked, s.lines(), s.created(), s.updated(), s.unchanged(), s.refused(), refused, rows,
                report.lines().size() > SHOWN_LINES ? m.lines_cut(SHOWN_LINES, report.lines().size()) : null, notice,
                alert);
        String path = UriBuilder.fromPath(BASE).path("{id}").build(s.id()).toString();
        return context.render(ImportViews.Templates.directoryImport(context.page(title, Section.ORGANIZATIONS, path),
                view), status);
    }

    /** The value if it is one of the allowed ones, else "" (detect). */
    private static String choice(String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        return "";
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
