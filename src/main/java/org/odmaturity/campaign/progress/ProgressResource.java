package org.odmaturity.campaign.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** A campaign's progress, organisation by organisation (its own full path). */
@Path("/api/campaigns/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's progress", description = "One row per enrolled organisation (admins: every "
            + "diagnostic of the campaign; facilitators: those assigned to them), by name: mode, deadline, "
            + "facilitator, when a live invitation link was made (invitedAt), last used (linkUsedAt), the first "
            + "answer (startedAt), answered over relevant questions, submitted and validated dates, the furthest "
            + "stage and whether it is overdue; and the summary (counts per step and per stage) of the rows shown. "
            + "Filters: stage, type, departement, q (name or SIREN), overdue.")
    public CampaignProgress progress(@PathParam("id") long id, @Valid @BeanParam ProgressFilter filter) {
        return progress.progress(id, filter.query(), Actor.of(identity));
    }
}
