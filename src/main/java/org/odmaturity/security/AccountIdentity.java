package org.odmaturity.security;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of an account, the same however it signed in (HTTP Basic, web session, API token). */
public final class AccountIdentity {

    /** Set on API-token identities only: the token's id (a token may not create tokens). */
    public static final String TOKEN_ID = "odm.tokenId";

    private AccountIdentity() {
    }

    /** Principal (the email), role, id and label of the account; callers add what their way of signing in adds. */
    public static QuarkusSecurityIdentity.Builder of(AppUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email))
                .addRole(user.role.role())
                .addAttribute(Actor.USER_ID, user.id)
                .addAttribute(Actor.LABEL, user.label());
    }
}
