package org.odmaturity.diagnostic.web;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.odmaturity.security.Actor;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.InvitationService;
import org.odmaturity.web.CsrfFilter;
import org.odmaturity.web.WebConfig;

/**
 * The respondent pages' session: the invitation token in an HttpOnly cookie, resolved again on every request (so a
 * revoked or expired link stops working at once). The JSON API never reads this cookie: only these pages do, and each
 * of their forms carries a CSRF token.
 */
@ApplicationScoped
public class RespondentSession {

    public static final String COOKIE = CsrfFilter.INVITATION_COOKIE;

    /**
     * Who is answering: the link and the actor the services need (the CSRF token of the link's forms is the page
     * context's, {@link org.odmaturity.web.PageContext#csrfToken()}, bound to the same link).
     */
    public record Session(Invitation invitation, Actor actor) {
        public long diagnosticId() {
            return invitation.diagnosticId;
        }
    }

    @Inject
    InvitationService invitations;
    @Inject
    WebConfig config;

    public Optional<Session> resolve(String token) {
        return invitations.resolve(token).map(i -> new Session(i, actor(i)));
    }

    /** The same actor as a {@code Bearer odmi_…} request with this link (same label in the history). */
    static Actor actor(Invitation i) {
        String label = "Lien d'invitation n°" + i.id + (i.label == null ? "" : " (" + i.label + ")");
        return new Actor(Actor.Kind.INVITATION, null, i.id, i.diagnosticId, label, false, false);
    }

    NewCookie sessionCookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
