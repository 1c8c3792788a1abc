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

/** A campaign's results as CSV, one row per diagnostic (its own full path, so that it shadows no other resource). */
@Path("/api/campaigns/{id}/results.csv")
@Tag(name = "Comparisons")
public class ResultsCsvResource {

    @Inject
    ResultsExport exports;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's results as CSV", description = "One row per diagnostic the caller may read "
            + "individually (admins: every one; facilitators: those assigned to them) in the filters: organisation, "
            + "SIREN, type, département, population and band, mode, status, dates (ISO 8601), then the score and level "
            + "of the overall score, every axis and every theme (columns named from their ids, questionnaire order), "
            + "from each diagnostic's latest score snapshot. Headers and labels in lang; excel=true for French "
            + "spreadsheet software. Streamed. See docs/api.md, Exports.")
    @APIResponse(responseCode = "200", description = "The CSV file (an attachment)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("id") long id, @Valid @BeanParam ResultsParams params,
            @Valid @BeanParam ExportParams export) {
        ExportSelection selection = exports.select(id, params, Actor.of(identity));
        return Downloads.of(out -> exports.csv(selection, export.dialect(), out), Csv.MEDIA_TYPE,
                selection.fileName("results", "csv"), selection.viewer().language());
    }
}
