package org.odmaturity.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Signing in with OIDC ({@code odm.oidc.*}); the provider itself is Quarkus' {@code quarkus.oidc.*}, off by default
 * (docs/operations.md).
 */
@ConfigMapping(prefix = "odm.oidc")
public interface OidcAccountsConfig {

    /** The token claim holding the email that must match an active account (env ODM_OIDC_EMAIL_CLAIM). */
    @WithDefault("email")
    String emailClaim();
}
