package org.odmaturity.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Roles;
import org.odmaturity.time.Instants;

/** The rights of the people whose data the service holds: export and erasure by email, the retention purge. */
@Path("/api/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "Personal data: export, erasure, retention (docs/privacy.md)")
public class PrivacyResource {

    /** The address asked about (in a body, so that it is never written in an access log). */
    public record SubjectRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    private final PrivacyService privacy;

    public PrivacyResource(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @POST
    @Path("subject-export")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Everything held about an email address", description = "Organisations whose contact it is, "
            + "accounts with that email (their API tokens and sessions, dates only), invitation links, answers, "
            + "history entries, score snapshots, plans, open-data publications and imports recorded under that "
            + "person's label (\"Name <email>\"), previews of imports naming it; then the sections other features "
            + "add. Case ignored. Never cached.")
    public Response export(@NotNull(message = "a JSON body is required") @Valid SubjectRequest body) {
        return noStore(privacy.export(body.email()));
    }

    @POST
    @Path("subject-erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase what is held about an email address", description = "Erases the contact (name, "
            + "email, phone) of every organisation whose contact email it is, the address in import previews, and "
            + "what other features hold. Accounts are deactivated on their own endpoint; the labels recording who "
            + "answered are kept (docs/privacy.md). Returns the number of rows changed by section.")
    public Response erase(@NotNull(message = "a JSON body is required") @Valid SubjectRequest body) {
        return noStore(privacy.erase(body.email()));
    }

    @POST
    @Path("purge")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run the retention purge now", description = "What runs every night "
            + "(odm.privacy.purge-cron): erases the contacts of organisations without activity for "
            + "odm.privacy.contact-retention, deletes import previews older than odm.privacy.preview-retention. "
            + "Idempotent.")
    public PrivacyService.Purge purge() {
        return privacy.purge(Instants.now());
    }

    private static Response noStore(Object entity) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(entity).cacheControl(noStore).build();
    }
}
