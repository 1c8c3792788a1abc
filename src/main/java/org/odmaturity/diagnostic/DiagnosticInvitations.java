package org.odmaturity.diagnostic;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.organization.Organization;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.InvitationService;

/**
 * The invitation links of a diagnostic, for whoever manages it ({@link DiagnosticAccess#checkManage}: its facilitator
 * or an admin; anyone else learns nothing, 404): the one place where the API and the pages check that rule before
 * they list, create or revoke links. Each method is one transaction: the check and the change go together.
 */
@ApplicationScoped
public class DiagnosticInvitations {

    /** The diagnostic whose links are shown: what the links page says about it. */
    public record Managed(long id, long organizationId, String organization, String campaign, int campaignYear,
            DiagnosticStatus status) {
    }

    @Inject InvitationService invitations;
    @Inject DiagnosticAccess access;

    /** The diagnostic, if the actor manages it. */
    @Transactional
    public Managed managed(long diagnosticId, Actor actor) {
        Diagnostic d = manageable(diagnosticId, actor);
        Organization organization = Organization.findById(d.organizationId);
        Campaign campaign = Campaign.findById(d.campaignId);
        return new Managed(d.id, organization.id, organization.name, campaign.name, campaign.year, d.status);
    }

    /** The diagnostic's links, oldest first. */
    @Transactional
    public List<Invitation> list(long diagnosticId, Actor actor) {
        manageable(diagnosticId, actor);
        return invitations.list(diagnosticId);
    }

    /** A new link; {@code validity} null for the configured default (the service refuses an invalid one). */
    @Transactional
    public InvitationService.Created create(long diagnosticId, String label, Duration validity, Actor actor) {
        manageable(diagnosticId, actor);
        return invitations.create(diagnosticId, label, validity, actor.label());
    }

    /** Revokes a link, whatever its diagnostic (404 unless the actor manages that diagnostic). */
    @Transactional
    public void revoke(long invitationId, Actor actor) {
        Invitation invitation = invitations.find(invitationId).orElseThrow(() -> noInvitation(invitationId));
        manageable(invitation.diagnosticId, actor);
        invitations.revoke(invitationId);
    }

    /** Revokes a link of this diagnostic (404 for a link of another one). */
    @Transactional
    public void revoke(long diagnosticId, long invitationId, Actor actor) {
        manageable(diagnosticId, actor);
        Invitation invitation = invitations.find(invitationId)
                .filter(i -> i.diagnosticId != null && i.diagnosticId == diagnosticId)
                .orElseThrow(() -> noInvitation(invitationId));
        invitations.revoke(invitation.id);
    }

    private Diagnostic manageable(Long diagnosticId, Actor actor) {
        Diagnostic d = diagnosticId == null ? null : Diagnostic.findById(diagnosticId);
        if (d == null) {
            throw DiagnosticAccess.notFound(diagnosticId == null ? 0 : diagnosticId);
        }
        access.checkManage(d, actor);
        return d;
    }

    private static ResourceNotFoundException noInvitation(long invitationId) {
        return new ResourceNotFoundException("No invitation " + invitationId + ".");
    }
}
