package org.odmaturity.comparison;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** An organisation's scored diagnostics across campaigns, as JSON (its own path, so that it never shadows others). */
@Path("/api/organizations/{id}/evolution")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparisons")
public class OrganizationHistoryResource {

    @Inject
    ComparisonService comparisons;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "An organisation's history", description = "Its scored diagnostics across campaigns, oldest "
            + "campaign first, overall and per axis, each from its latest snapshot. Facilitators: only the diagnostics "
            + "assigned to them (404 when none).")
    public OrganizationHistory organization(@PathParam("id") long id, @Valid @BeanParam Language lang) {
        return comparisons.history(id, comparisons.viewer(Actor.of(identity), lang.lang));
    }

    /** The language query parameter, as a bean so that its error names it. */
    public static class Language {

        @QueryParam("lang")
        @Pattern(regexp = "|fr|en", message = "must be fr or en")
        @Parameter(description = "Language of titles: fr (default) or en")
        public String lang;
    }
}
