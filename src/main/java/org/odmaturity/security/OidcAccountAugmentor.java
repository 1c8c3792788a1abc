package org.odmaturity.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import org.jboss.logging.Logger;
import org.odmaturity.http.ClientText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.UserInfo;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Accounts stay the source of roles when OIDC is on: a caller authenticated by an OIDC token (Keycloak, ProConnect)
 * gets the role of the ACTIVE account whose email is the token's verified email, and the attributes {@link Actor}
 * reads. Whatever roles or groups the token carries are dropped. No matching account (or an email that is absent or
 * not verified) → an identity without any role, which every protected endpoint refuses (403). Accounts are never
 * created here.
 *
 * <p>The claims are read from the token when it is a JWT, else from the provider's UserInfo when Quarkus fetched it
 * (opaque access tokens: {@code quarkus.oidc.token.verify-access-token-with-user-info}). Identities from HTTP Basic
 * or invitation links are left as they are.
 */
@ApplicationScoped
public class OidcAccountAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(OidcAccountAugmentor.class);
    static final String EMAIL_VERIFIED = "email_verified";
    /** The identity attribute where quarkus-oidc puts the UserInfo it fetched. */
    private static final String USER_INFO = "userinfo";

    /** What the identity needs from an account, read in one short transaction. */
    record Account(long id, String label, String role) {
    }

    private final OidcAccountsConfig config;

    public OidcAccountAugmentor(OidcAccountsConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !fromOidc(identity)) {
            return Uni.createFrom().item(identity);
        }
        Optional<String> email = verifiedEmail(identity, config.emailClaim());
        String who = identity.getPrincipal().getName();
        if (email.isEmpty()) {
            LOG.debugf("OIDC identity '%s' without a verified '%s' claim: no role", who, config.emailClaim());
            return Uni.createFrom().item(rebuild(identity, null));
        }
        return context.runBlocking(() -> {
            Account account = QuarkusTransaction.joiningExisting().call(() -> AppUser.findByEmail(email.get())
                    .filter(user -> user.active)
                    .map(user -> new Account(user.id, user.label(), user.role.role()))
                    .orElse(null));
            if (account == null) {
                LOG.debugf("OIDC identity '%s': no active account has its email, no role", who);
            }
            return rebuild(identity, account);
        });
    }

    /** Whether quarkus-oidc made this identity (a bearer token, or later the code flow of the web pages). */
    static boolean fromOidc(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken
                || identity.getCredential(AccessTokenCredential.class) != null
                || identity.getCredential(IdTokenCredential.class) != null;
    }

    /**
     * The email if it is there and not said to be unverified: {@code email_verified}, when present, must be true. Both
     * are read from the same place: the JWT if it has the email claim, else the UserInfo.
     */
    static Optional<String> verifiedEmail(SecurityIdentity identity, String claim) {
        Function<String, Object> claims = null;
        Object userInfoAttribute = identity.getAttribute(USER_INFO);
        if (identity.getPrincipal() instanceof JsonWebToken token && token.containsClaim(claim)) {
            claims = token::getClaim;
        } else if (userInfoAttribute instanceof UserInfo userInfo && userInfo.contains(claim)) {
            claims = userInfo::get;
        }
        if (claims == null) {
            return Optional.empty();
        }
        Object verified = claims.apply(EMAIL_VERIFIED);
        if (verified != null && verified != JsonValue.NULL && !isTrue(verified)) {
            return Optional.empty();
        }
        return Optional.ofNullable(text(claims.apply(claim))).map(String::trim).filter(s -> !s.isEmpty())
                .filter(ClientText::storable); // no account has an email PostgreSQL could not store
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || JsonValue.TRUE.equals(value)
                || "true".equalsIgnoreCase(text(value)); // some providers send the boolean as a string
    }

    private static String text(Object value) {
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value instanceof String s ? s : null;
    }

    /**
     * A new identity with the token's principal, credentials and attributes, and only the account's role (none without
     * an account). Our own attributes are never taken from the incoming identity.
     */
    private static SecurityIdentity rebuild(SecurityIdentity identity, Account account) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.keySet().removeIf(key -> key.startsWith("odm."));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes);
        if (account != null) {
            builder.addRole(account.role())
                    .addAttribute(Actor.USER_ID, account.id())
                    .addAttribute(Actor.LABEL, account.label());
        }
        return builder.build();
    }
}
