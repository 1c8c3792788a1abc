package org.odmaturity.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The first admin, created at start when no account has this email: {@code odm.bootstrap-admin.email} and
 * {@code .password} (env ODM_BOOTSTRAP_ADMIN_EMAIL, ODM_BOOTSTRAP_ADMIN_PASSWORD). Never written in a file of the
 * repository for production.
 */
@ConfigMapping(prefix = "odm.bootstrap-admin")
public interface BootstrapAdminConfig {

    Optional<String> email();

    Optional<String> password();
}
