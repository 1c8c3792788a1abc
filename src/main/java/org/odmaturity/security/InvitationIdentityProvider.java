package org.odmaturity.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a valid invitation token into a respondent identity bound to one diagnostic. */
@ApplicationScoped
public class InvitationIdentityProvider implements IdentityProvider<InvitationAuthenticationRequest> {

    private final InvitationService invitations;

    public InvitationIdentityProvider(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public Class<InvitationAuthenticationRequest> getRequestType() {
        return InvitationAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(InvitationAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> invitations.holder(request.token())
                .map(invitation -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("invitation:" + invitation.id()))
                        .addRole(Roles.RESPONDENT)
                        .addAttribute(Actor.INVITATION_ID, invitation.id())
                        .addAttribute(Actor.DIAGNOSTIC_ID, invitation.diagnosticId())
                        .addAttribute(Actor.LABEL, "Lien d'invitation n°" + invitation.id()
                                + (invitation.label() == null ? "" : " (" + invitation.label() + ")"))
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
