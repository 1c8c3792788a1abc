package org.odmaturity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Test-only: deactivates an account straight in the database (the API has no such operation yet). */
@ApplicationScoped
public class OidcAccountHelper {

    @Transactional
    public void deactivate(String email) {
        AppUser user = AppUser.findByEmail(email).orElseThrow(() -> new IllegalArgumentException("no account " + email));
        user.active = false;
    }
}
