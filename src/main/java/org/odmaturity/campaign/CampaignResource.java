package org.odmaturity.campaign;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.http.IfMatch;
import org.odmaturity.security.Roles;

/** Diagnostic campaigns: the regional team runs them, facilitators see them. */
@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Diagnostic campaigns and their pinned questionnaire version")
public class CampaignResource {

    private final CampaignService campaigns;

    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a campaign", description = "Pins the questionnaire version (422 if it is not "
            + "served); that version's content can then never change. Status defaults to draft.")
    public Response create(@NotNull(message = "a JSON body is required") @Valid CampaignRequest body,
            @Context UriInfo uriInfo) {
        Campaign campaign = campaigns.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(campaign.id)).build())
                .tag(IfMatch.etag(campaign.version))
                .entity(CampaignView.of(campaign))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "List campaigns", description = "Newest year first, then by name.")
    public List<CampaignView> list(@Valid @BeanParam CampaignFilter filter) {
        CampaignStatus status = filter.status == null ? null : CampaignStatus.fromApiName(filter.status).orElseThrow();
        Integer year = filter.year == null ? null : Integer.valueOf(filter.year);
        return campaigns.list(year, status).stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "A campaign", description = "Sent with its ETag, to send back as If-Match to update it.")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Campaign campaign = campaigns.get(id);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(IfMatch.etag(campaign.version));
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(CampaignView.of(campaign)).tag(IfMatch.etag(campaign.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a campaign", description = "A full update; the questionnaire must stay the one "
            + "pinned at creation (422 otherwise). If-Match with the ETag of the last read is required: 428 without "
            + "it, 412 when the campaign changed meanwhile. Returns the new ETag.")
    public Response update(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the last read, e.g. \"3\"")
            String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid CampaignRequest body) {
        Campaign campaign = campaigns.update(id, IfMatch.parse(ifMatch), body);
        return Response.ok(CampaignView.of(campaign)).tag(IfMatch.etag(campaign.version)).build();
    }
}
