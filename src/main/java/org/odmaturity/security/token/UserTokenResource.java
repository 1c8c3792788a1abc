package org.odmaturity.security.token;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Roles;
import org.odmaturity.security.UserService;

/** Any account's API tokens, for the admins (list, revoke). */
@Path("/api/users/{userId}/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
@RolesAllowed(Roles.ADMIN)
public class UserTokenResource {

    private final ApiTokenService tokens;
    private final UserService users;

    public UserTokenResource(ApiTokenService tokens, UserService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GET
    @Operation(summary = "List an account's API tokens (never their secrets)")
    public List<TokenView> list(@PathParam("userId") long userId) {
        users.find(userId).orElseThrow(() -> new ResourceNotFoundException("No account " + userId + "."));
        return tokens.list(userId).stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("{tokenId}")
    @Operation(summary = "Revoke an account's API token (idempotent); it stops working at once")
    public Response revoke(@PathParam("userId") long userId, @PathParam("tokenId") long tokenId) {
        tokens.revoke(userId, tokenId);
        return Response.noContent().build();
    }
}
