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

/** A campaign's answers in long format as CSV (its own full path, so that it shadows no other resource). */
@Path("/api/campaigns/{id}/answers.csv")
@Tag(name = "Comparisons")
public class AnswersCsvResource {

    @Inject
    ResultsExport results;

    @Inject
    AnswersExport answers;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's answers in long format as CSV", description = "One row per stored answer of "
            + "the diagnostics of the results export (same filters, same rule of who sees what): diagnostic, "
            + "organisation, SIREN, question, axis, theme, question type, value (option ids, several joined by |), "
            + "option labels in lang, unsure and not-applicable flags, the respondent's comment (never the "
            + "facilitator's notes), last change. Read from the database page by page and streamed. See docs/api.md, "
            + "Exports.")
    @APIResponse(responseCode = "200", description = "The CSV file (an attachment)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("id") long id, @Valid @BeanParam ResultsParams params,
            @Valid @BeanParam ExportParams export) {
        ExportSelection selection = results.select(id, params, Actor.of(identity));
        return Downloads.of(out -> answers.csv(selection, export.dialect(), out), Csv.MEDIA_TYPE,
                selection.fileName("answers", "csv"), selection.viewer().language());
    }
}
