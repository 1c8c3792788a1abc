package org.odmaturity.organization;

import org.odmaturity.http.IfMatch;
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
import org.odmaturity.security.Roles;

/** The organisations that take diagnostics: the regional team manages them, facilitators look them up. */
@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Local authorities and public bodies taking the diagnostic")
public class OrganizationResource {

    /** A page of the search. */
    public record PageView(List<OrganizationView> items, int page, int size, long total) {
    }

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an organisation", description = "201 with its Location and ETag; 409 when the "
            + "SIREN is already registered; 400 naming each invalid field.")
    public Response create(@NotNull(message = "a JSON body is required") @Valid OrganizationRequest body,
            @Context UriInfo uriInfo) {
        Organization organization = organizations.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(organization.id)).build())
                .tag(IfMatch.etag(organization.version))
                .entity(OrganizationView.of(organization))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Search organisations", description = "By part of the name (case, accents, hyphens and "
            + "apostrophes ignored) or first digits of the SIREN, type and département; sorted by name, one page at a "
            + "time.")
    public PageView search(@Valid @BeanParam OrganizationSearch search) {
        OrganizationType type = search.type == null ? null : OrganizationType.fromApiName(search.type).orElseThrow();
        OrganizationService.Page page = organizations.search(search.q, type, search.departement,
                search.pageNumber(), search.pageSize());
        return new PageView(page.items().stream().map(OrganizationView::of).toList(), page.page(), page.size(),
                page.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "An organisation", description = "Sent with its ETag, to send back as If-Match to update it.")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Organization organization = organizations.get(id);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(IfMatch.etag(organization.version));
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(OrganizationView.of(organization)).tag(IfMatch.etag(organization.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace an organisation", description = "A full update (absent optional fields are "
            + "cleared). If-Match with the ETag of the last read is required: 428 without it, 412 when the "
            + "organisation changed meanwhile. Returns the new ETag.")
    public Response update(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the last read, e.g. \"3\"")
            String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid OrganizationRequest body) {
        Organization organization = organizations.update(id, IfMatch.parse(ifMatch), body);
        return Response.ok(OrganizationView.of(organization)).tag(IfMatch.etag(organization.version)).build();
    }
}
