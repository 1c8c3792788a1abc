package org.odmaturity.campaign.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Enrolling organisations in a campaign: their diagnostics created in one action (its own full path). */
@Path("/api/campaigns/{id}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enrol organisations in a campaign (admins)", description = "Selects the organisations that "
            + "meet every criterion given (types, departements, populationMin/Max inclusive, importId: the "
            + "organisations of a directory import, organizationIds; at least one) and creates their diagnostics in "
            + "one transaction: mode self-assessment or interview, optional facilitatorId (an active account) and "
            + "deadline (from today, not after the campaign's closing day). Idempotent: an organisation already "
            + "enrolled keeps its diagnostic untouched; unknown ids are refused, nothing else is. dryRun=true answers "
            + "the same report and writes nothing. A closed campaign: 422. At most 5,000 organisations per call.")
    public EnrolmentReport enrol(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") @Valid EnrolmentRequest body) {
        return enrolments.enrol(id, body.selection(), body.enrolment(), body.preview(), Actor.of(identity));
    }
}
