package org.odmaturity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Creates the first admin from configuration when no account has its email. */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final BootstrapAdminConfig config;
    private final UserService users;

    public BootstrapAdmin(BootstrapAdminConfig config, UserService users) {
        this.config = config;
        this.users = users;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (config.email().isEmpty()) {
            if (AppUser.count("role", UserRole.ADMIN) == 0) {
                LOG.warn("no admin account and no odm.bootstrap-admin.email: set ODM_BOOTSTRAP_ADMIN_EMAIL and "
                        + "ODM_BOOTSTRAP_ADMIN_PASSWORD to create the first one");
            }
            return;
        }
        String email = config.email().get();
        if (AppUser.findByEmail(email).isPresent()) {
            return;
        }
        String password = config.password().orElse("");
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("odm.bootstrap-admin.password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters to create the admin account " + email);
        }
        users.create(email, "Administrateur", password, UserRole.ADMIN);
        LOG.infof("created the bootstrap admin account %s", AppUser.normalize(email));
    }
}
