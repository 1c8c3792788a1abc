package org.odmaturity.comparison.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.comparison.ResultsParams;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** A campaign's results as an XLSX workbook (its own full path, so that it shadows no other resource). */
@Path("/api/campaigns/{id}/results.xlsx")
@Tag(name = "Comparisons")
public class ResultsXlsxResource {

    @Inject
    ResultsExport exports;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(Downloads.XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's results as an XLSX workbook", description = "The diagnostics of the CSV export "
            + "on one sheet per level of detail (overall with the organisation's attributes, axes, themes), after a "
            + "readme sheet (campaign, questionnaire version, filters, date of extraction, scale and levels, every "
            + "column). Scores are numeric cells, levels text; sheet names and texts in lang. Streamed. See "
            + "docs/api.md, Exports.")
    @APIResponse(responseCode = "200", description = "The workbook (an attachment)",
            content = @Content(mediaType = Downloads.XLSX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("id") long id, @Valid @BeanParam ResultsParams params) {
        ExportSelection selection = exports.select(id, params, Actor.of(identity));
        return Downloads.of(out -> exports.xlsx(selection, out), Downloads.XLSX,
                selection.fileName("results", "xlsx"), selection.viewer().language());
    }
}
