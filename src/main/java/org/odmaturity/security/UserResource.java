package org.odmaturity.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts of the regional team and facilitators; admins only. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Admin and facilitator accounts")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    public record NewUser(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Size(min = 12, max = 200, message = "must have between 12 and 200 characters") String password,
            @NotNull UserRole role) {
    }

    public record UserView(long id, String email, String displayName, String role, boolean active, Instant createdAt) {
        static UserView of(AppUser user) {
            return new UserView(user.id, user.email, user.displayName, user.role.role(), user.active, user.createdAt);
        }
    }

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (role admin or facilitator)")
    public Response create(@NotNull @Valid NewUser body) {
        AppUser user = users.create(body.email(), body.displayName(), body.password(), body.role());
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @GET
    @Operation(summary = "List the accounts")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }
}
