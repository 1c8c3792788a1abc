package org.odmaturity.comparison.pdf;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.comparison.ResultsParams;
import org.odmaturity.security.Roles;

/**
 * A campaign's regional synthesis as a PDF. The class has the endpoint's full path: a class at a shorter path would
 * shadow {@code CampaignResource} or be shadowed by it (RESTEasy Reactive picks one root class by its path).
 */
@Path("/api/campaigns/{id}/report.pdf")
@Tag(name = "Comparisons")
public class SynthesisPdfResource {

    static final String PDF = "application/pdf";

    @Inject
    SynthesisPdf synthesis;

    @GET
    @Produces(PDF)
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's regional synthesis as a PDF", description = "For elected officials and "
            + "partners, in French (default) or English: participation, distributions of the overall score, the axes "
            + "and the themes, the map of départements, support needs, the evolution from an earlier campaign when "
            + "`from` is given, and a method and anonymity note. Whoever asks, the figures are those of the public "
            + "audience: only organisations whose profile at least odm.peers.minimum-group-size organisations share "
            + "are counted, and every smaller figure reads \"fewer than 5 organisations\".")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A bad filter, lang or from (named in the problem)")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "422", description = "from is this campaign or no campaign")
    public Response pdf(@PathParam("id") long id, @Valid @BeanParam ResultsParams params,
            @Valid @BeanParam EarlierCampaign from) {
        byte[] pdf = synthesis.render(id, params.toFilter(), from.id(), params.lang);
        String language = SynthesisPdf.language(params.lang);
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"" + SynthesisPdf.fileName(id, language) + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .cacheControl(noStore)
                .build();
    }

    /** The optional earlier campaign of the evolution section, as a query parameter (its errors name it). */
    public static class EarlierCampaign {

        @QueryParam("from")
        @Pattern(regexp = "|[0-9]{1,18}", message = "must be a campaign id")
        @Parameter(description = "An earlier campaign's id: adds the evolution section (default: none)")
        public String from;

        Long id() {
            return from == null || from.isBlank() ? null : Long.valueOf(from);
        }
    }
}
