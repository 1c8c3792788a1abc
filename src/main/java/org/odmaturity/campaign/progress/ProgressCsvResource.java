package org.odmaturity.campaign.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.export.Downloads;
import org.odmaturity.comparison.export.ExportParams;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** A campaign's progress as CSV (its own full path, so that it shadows no other resource). */
@Path("/api/campaigns/{id}/progress.csv")
@Tag(name = "Campaigns")
public class ProgressCsvResource {

    @Inject
    ProgressService progress;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's progress as CSV", description = "The rows of GET /api/campaigns/{id}/progress "
            + "with the same filters and rule (facilitators: their diagnostics), column names and labels in lang "
            + "(fr default, en); excel=true for French spreadsheet software. Text cells a spreadsheet would read as a "
            + "formula are neutralised.")
    @APIResponse(responseCode = "200", description = "The CSV file (an attachment)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("id") long id, @Valid @BeanParam ProgressFilter filter,
            @Valid @BeanParam ExportParams export,
            @QueryParam("lang") @Pattern(regexp = "|fr|en", message = "must be fr or en")
            @Parameter(description = "fr (default) or en") String lang) {
        CampaignProgress rows = progress.progress(id, filter.query(), Actor.of(identity));
        String language = ProgressCsv.language(lang);
        return Downloads.of(out -> ProgressCsv.write(rows, export.dialect(), language, out), Csv.MEDIA_TYPE,
                ProgressCsv.fileName(id, language), language);
    }
}
