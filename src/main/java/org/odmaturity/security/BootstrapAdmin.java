package org.odmaturity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    void onStart(@Observes StartupEvent event) {
        if (config.email().isEmpty()) {
            if (QuarkusTransaction.requiringNew().call(() -> AppUser.count("role", UserRole.ADMIN)) == 0) {
                LOG.warn("no admin account and no odm.bootstrap-admin.email: set ODM_BOOTSTRAP_ADMIN_EMAIL and "
                        + "ODM_BOOTSTRAP_ADMIN_PASSWORD to create the first one");
            }
            return;
        }
        ensureAdmin(config.email().get(), config.password().orElse(""));
    }

    /**
     * Creates an admin account with this email unless one exists; whether this call created it. Several instances
     * may start together on an empty database: the account's unique email decides which one creates it, and the
     * others, refused by the constraint, read it back and go on starting.
     */
    boolean ensureAdmin(String email, String password) {
        if (exists(email)) {
            return false;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("odm.bootstrap-admin.password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters to create the admin account " + email);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                users.create(email, "Administrateur", password, UserRole.ADMIN);
                AppUser.flush(); // the unique email decides here, not at commit
            });
        } catch (RuntimeException e) {
            // a ConflictException if the other instance committed before our check, else the unique violation at
            // our flush: either way, its account must be there now
            if (exists(email)) {
                LOG.infof("the bootstrap admin account %s was created by another instance", AppUser.normalize(email));
                return false;
            }
            throw e;
        }
        LOG.infof("created the bootstrap admin account %s", AppUser.normalize(email));
        return true;
    }

    private static boolean exists(String email) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByEmail(email).isPresent());
    }
}
