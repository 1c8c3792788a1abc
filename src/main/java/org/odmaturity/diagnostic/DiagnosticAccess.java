package org.odmaturity.diagnostic;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Actor;

import io.quarkus.security.ForbiddenException;

/**
 * Who may do what with a diagnostic. Admins: everything. Facilitators: the diagnostics assigned to them. Invitation
 * links: the one diagnostic they open (answer, submit). Anyone else does not learn that the diagnostic exists (404).
 */
@ApplicationScoped
public class DiagnosticAccess {

    public boolean canRead(Diagnostic d, Actor actor) {
        return actor.admin()
                || actor.facilitator() && d.facilitatorId != null && d.facilitatorId.equals(actor.userId())
                || actor.kind() == Actor.Kind.INVITATION && d.id.equals(actor.diagnosticId());
    }

    /** Reading, answering and submitting. */
    public void checkRead(Diagnostic d, Actor actor) {
        if (!canRead(d, actor)) {
            throw notFound(d.id);
        }
    }

    /** Validating, inviting, exporting: the assigned facilitator or an admin. */
    public void checkManage(Diagnostic d, Actor actor) {
        checkRead(d, actor);
        if (!actor.hasAccount()) {
            throw new ForbiddenException("Only the facilitator of this diagnostic or an admin may do this.");
        }
    }

    /** Reopening: admins only. */
    public void checkAdmin(Diagnostic d, Actor actor) {
        checkRead(d, actor);
        if (!actor.admin()) {
            throw new ForbiddenException("Only an admin may do this.");
        }
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("No diagnostic " + id + ".");
    }
}
