package org.odmaturity.security.token;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.AccountIdentity;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller's own personal API tokens (admins and facilitators). */
@Path("/api/account/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Personal API tokens: the way for scripts to call the API "
        + "(Authorization: Bearer odm_…)")
@RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
public class AccountTokenResource {

    /**
     * A new token: a name saying where it is used (1 to 100 characters), and how many days it lives (1 to the
     * configured maximum); the service refuses anything else with 422 naming the field.
     */
    public record NewTokenBody(String name, Integer validityDays) {
    }

    private final ApiTokenService tokens;
    private final SecurityIdentity identity;

    public AccountTokenResource(ApiTokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List your API tokens (never their secrets)")
    public List<TokenView> list() {
        return tokens.list(Actor.of(identity).userId()).stream().map(TokenView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token; its secret (field token) is in this response only",
            description = "Signed in with a password (HTTP Basic) only: a token cannot create tokens (403). "
                    + "validityDays: 1 to odm.auth.tokens.max-validity (365 by default), else 422.")
    public Response create(@NotNull NewTokenBody body) {
        if (identity.getAttribute(AccountIdentity.TOKEN_ID) != null) {
            throw new ForbiddenException("An API token cannot create tokens: sign in with your password.");
        }
        ApiTokenService.Created created = tokens.create(Actor.of(identity).userId(),
                new ApiTokenService.NewToken(body.name(), body.validityDays()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(URI.create("/api/account/tokens/" + created.token().id))
                .cacheControl(noStore).entity(TokenView.of(created.token(), created.secret())).build();
    }

    @DELETE
    @Path("{tokenId}")
    @Operation(summary = "Revoke one of your API tokens (idempotent); it stops working at once")
    public Response revoke(@PathParam("tokenId") long tokenId) {
        tokens.revoke(Actor.of(identity).userId(), tokenId);
        return Response.noContent().build();
    }
}
