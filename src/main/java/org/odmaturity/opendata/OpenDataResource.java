package org.odmaturity.opendata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.http.IfMatch;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * A campaign's open data, for admins: its state with a preview, publication and withdrawal (docs/open-data.md). At
 * the full path of its endpoints, so that it neither shadows nor is shadowed by {@code /api/campaigns}.
 */
@Path("/api/campaigns/{id}/open-data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Open data", description = "Closed campaigns' aggregated results published as Frictionless data packages")
public class OpenDataResource {

    @Inject
    OpenDataService openData;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "A campaign's open data", description = "Whether it is published (slug, version, date, "
            + "files), whether it may be (closed campaigns only), and a preview of what publishing it now would give: "
            + "each resource's rows and what the anonymity rule leaves out. Sent with the state's ETag (\"0\" while "
            + "never published).")
    public Response status(@PathParam("id") long id) {
        return answer(openData.status(id));
    }

    @POST
    @Operation(summary = "Publish or republish a closed campaign", description = "Writes the package's files from "
            + "the current figures (public audience: anonymity rule, validated diagnostics) and stores them: they "
            + "never change until the next republication, which replaces them with a new version and date under "
            + "the same URLs. 409 when the campaign is not closed. If-Match is optional: when sent, it must be the "
            + "state's current ETag (412 otherwise).")
    public Response publish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(openData.publish(id, IfMatch.parse(ifMatch), Actor.of(identity)));
    }

    @DELETE
    @Operation(summary = "Withdraw a campaign's package", description = "Deletes its files (their URLs answer 404) "
            + "and takes it off the public list; the slug stays the campaign's. Withdrawing what is not published "
            + "changes nothing. If-Match as for publishing.")
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(openData.withdraw(id, IfMatch.parse(ifMatch), Actor.of(identity)));
    }

    private static Response answer(OpenDataStatus status) {
        return Response.ok(status).tag(IfMatch.etag(status.version())).build();
    }
}
