package org.odmaturity.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.odmaturity.error.ConflictException;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Accounts: creation with a bcrypt-hashed password, lookup, password check. */
@ApplicationScoped
public class UserService {

    /** bcrypt cost: about 60 ms per check on these machines. */
    static final int BCRYPT_COST = 10;
    /** A hash to compare against when the account does not exist, so that timing does not reveal which emails exist. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not a password of anyone", BCRYPT_COST);

    @Transactional
    public AppUser create(String email, String displayName, String password, UserRole role) {
        String normalized = AppUser.normalize(email);
        if (AppUser.findByEmail(normalized).isPresent()) {
            throw new ConflictException("email", "An account with this email already exists.");
        }
        AppUser user = new AppUser();
        user.email = normalized;
        user.displayName = displayName.trim();
        user.passwordHash = password == null ? null : BcryptUtil.bcryptHash(password, BCRYPT_COST);
        user.role = role;
        user.active = true;
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    /** The active account with this email and password, if any. */
    @Transactional
    public Optional<AppUser> authenticate(String email, char[] password) {
        Optional<AppUser> user = AppUser.findByEmail(email).filter(u -> u.active);
        String hash = user.map(u -> u.passwordHash).orElse(null);
        boolean matches = BcryptUtil.matches(new String(password), hash == null ? DUMMY_HASH : hash);
        return matches && hash != null ? user : Optional.empty();
    }

    @Transactional
    public Optional<AppUser> find(long id) {
        return AppUser.findByIdOptional(id);
    }

    @Transactional
    public List<AppUser> list() {
        return AppUser.listAll(io.quarkus.panache.common.Sort.by("email"));
    }
}
