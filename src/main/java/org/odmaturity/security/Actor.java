package org.odmaturity.security;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is acting, as the services need it: an account (admin or facilitator) or an invitation link bound to one
 * diagnostic. Built from the security identity.
 */
public record Actor(Kind kind, Long userId, Long invitationId, Long diagnosticId, String label, boolean admin,
        boolean facilitator) {

    public enum Kind {
        USER, INVITATION
    }

    static final String USER_ID = "odm.userId";
    static final String INVITATION_ID = "odm.invitationId";
    static final String DIAGNOSTIC_ID = "odm.diagnosticId";
    static final String LABEL = "odm.label";
    /** Set on web-session identities only: the key the pages' CSRF tokens are derived from. */
    public static final String SESSION_KEY = "odm.sessionKey";
    /** Set on web-session identities only: the account's display name, for the page header. */
    public static final String DISPLAY_NAME = "odm.displayName";

    public static Actor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        Long invitationId = identity.getAttribute(INVITATION_ID);
        String label = identity.getAttribute(LABEL);
        if (invitationId != null) {
            return new Actor(Kind.INVITATION, null, invitationId, identity.getAttribute(DIAGNOSTIC_ID), label, false,
                    false);
        }
        return new Actor(Kind.USER, identity.getAttribute(USER_ID), null, null,
                label == null ? identity.getPrincipal().getName() : label, identity.hasRole(Roles.ADMIN),
                identity.hasRole(Roles.FACILITATOR));
    }

    /** Admins and facilitators may create interviews and read the organisation and campaign lists. */
    public boolean hasAccount() {
        return kind == Kind.USER;
    }
}
