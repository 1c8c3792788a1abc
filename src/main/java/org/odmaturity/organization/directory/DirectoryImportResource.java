package org.odmaturity.organization.directory;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.export.Downloads;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Directory imports: a CSV of organisations, checked line by line, then applied (admins only). */
@Path("/api/organization-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory import", description = "Creating and updating organisations from a CSV file")
public class DirectoryImportResource {

    @Inject
    DirectoryImportService imports;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a directory file", description = "The body is the CSV file (UTF-8 or Windows-1252, "
            + "',' ';' or tab; header: siren, nom|name, type, departement, population, contact_nom|contact_name, "
            + "contact_email; see docs/api.md). Every line is checked and reported (CREATED, UPDATED, UNCHANGED or "
            + "REFUSED with its reason). dryRun=true: the report only, nothing written (200). Otherwise 201 with "
            + "the report and its Location. atomic=true: any refused line → 422 listing them, nothing written. "
            + "A known SIREN updates its organisation (empty cells keep its values). 422 for a file that cannot be "
            + "read (encoding, header); 409 when concurrent changes to the same organisations kept conflicting.")
    @APIResponse(responseCode = "201", description = "Applied; the report")
    @APIResponse(responseCode = "200", description = "Dry run; the report of what would be done")
    public Response importFile(
            @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
            byte[] body,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @QueryParam("encoding") @Parameter(description = "utf-8 or windows-1252 (default: detected)")
            String encoding,
            @QueryParam("delimiter") @Parameter(description = "',', ';' or 'tab' (default: from the header line)")
            String delimiter,
            @QueryParam("fileName") @Parameter(description = "the file's name, shown in the reports") String fileName,
            @Context UriInfo uriInfo) {
        DirectoryImportService.Upload upload = new DirectoryImportService.Upload(fileName,
                body == null ? new byte[0] : body, DirectoryFile.encoding(encoding), DirectoryFile.delimiter(delimiter),
                atomic);
        Actor actor = Actor.of(identity);
        if (dryRun) {
            return Response.ok(imports.dryRun(upload, actor)).build();
        }
        DirectoryImportService.ImportReport report = imports.importFile(upload, actor);
        return Response.created(uriInfo.getBaseUriBuilder().path("/api/organization-imports/{id}")
                .build(report.summary().id())).entity(report).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recent imports", description = "The latest applied imports, newest first, with their "
            + "figures (previews waiting for confirmation on the page are not listed).")
    public List<DirectoryImportService.ImportSummary> recent(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return imports.recent(limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "An import's report", description = "Its figures and every line with its outcome.")
    public DirectoryImportService.ImportReport report(@PathParam("id") long id) {
        return imports.report(id);
    }

    @GET
    @Path("{id}/organizations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The organisations of an import", description = "The ids of the organisations an applied "
            + "import created, updated or found unchanged, in the file's order (e.g. to enrol them in a campaign).")
    public List<Long> organizations(@PathParam("id") long id) {
        return imports.organizationIds(id);
    }

    @GET
    @Path("{id}/report.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "An import's report as CSV", description = "One row per line of the file; cells that a "
            + "spreadsheet would read as a formula are neutralised (a leading apostrophe). excel=true: ';' and a "
            + "byte-order mark.")
    @APIResponse(responseCode = "200", description = "The CSV file (an attachment)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response reportCsv(@PathParam("id") long id, @QueryParam("excel") @DefaultValue("false") boolean excel) {
        DirectoryImportService.ImportReport report = imports.report(id);
        return Downloads.of(out -> ImportReportCsv.write(report, Csv.Dialect.of(excel), out), Csv.MEDIA_TYPE,
                "import-" + id + ".csv", "en");
    }
}
