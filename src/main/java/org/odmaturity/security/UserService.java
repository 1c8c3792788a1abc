package org.odmaturity.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.http.ClientText;
import org.odmaturity.time.Instants;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Accounts: creation with a bcrypt-hashed password, lookup, password check; and, for the admin pages, renaming,
 * deactivation, reactivation and password reset (the last two ending the account's web sessions and forgetting its
 * remembered HTTP Basic checks, {@link VerifiedPasswords}).
 */
@ApplicationScoped
public class UserService {

    /** Shortest and longest password accepted (as {@code POST /api/users}). */
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 200;

    @Inject
    StaffSessionService sessions;

    @Inject
    VerifiedPasswords verified;

    /** How many bcrypt password checks this instance has run (tests prove when none runs). */
    private final java.util.concurrent.atomic.AtomicLong bcryptChecks = new java.util.concurrent.atomic.AtomicLong();

    /** bcrypt cost: about 60 ms per check on these machines. */
    static final int BCRYPT_COST = 10;
    /**
     * A hash to compare against when the account does not exist, so that timing does not reveal which emails exist;
     * made at the first such check, not while the service starts (a bcrypt of its own).
     */
    private static final class DummyHash {
        static final String VALUE = BcryptUtil.bcryptHash("not a password of anyone", BCRYPT_COST);
    }

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
        user.createdAt = Instants.now();
        user.persist();
        return user;
    }

    /** The active account with this email and password, if any. */
    @Transactional
    public Optional<AppUser> authenticate(String email, char[] password) {
        if (!ClientText.storable(email)) { // no account has such an email (HTTP Basic: no other check before this)
            BcryptUtil.matches(new String(password), DummyHash.VALUE);
            return Optional.empty();
        }
        Optional<AppUser> user = AppUser.findByEmail(email).filter(u -> u.active);
        String hash = user.map(u -> u.passwordHash).orElse(null);
        bcryptChecks.incrementAndGet();
        boolean matches = BcryptUtil.matches(new String(password), hash == null ? DummyHash.VALUE : hash);
        return matches && hash != null ? user : Optional.empty();
    }

    public long bcryptChecks() {
        return bcryptChecks.get();
    }

    @Transactional
    public Optional<AppUser> find(long id) {
        return AppUser.findByIdOptional(id);
    }

    @Transactional
    public List<AppUser> list() {
        return AppUser.listAll(io.quarkus.panache.common.Sort.by("email"));
    }

    /** Renames an account; 412 unless {@code expected} names its current version. */
    @Transactional
    public AppUser rename(long id, ExpectedVersion expected, String displayName) {
        AppUser user = get(id);
        expected.check(user.version, "account " + id);
        user.displayName = displayName.trim();
        return flushed(user);
    }

    /**
     * Deactivates an account and ends all its web sessions at once (sign-in, HTTP Basic and OIDC are refused from
     * then on). Idempotent. An admin cannot deactivate their own account (409): the service would lose its last door.
     *
     * @param actingUserId the account doing it
     */
    @Transactional
    public AppUser deactivate(long id, Long actingUserId) {
        AppUser user = get(id);
        if (actingUserId != null && actingUserId == id) {
            throw new ConflictException("active", "You cannot deactivate your own account.");
        }
        user.active = false;
        flushed(user);
        sessions.closeAll(id);
        verified.forget(id);
        return user;
    }

    /** Reactivates an account (idempotent); its old sessions stay ended: the person signs in again. */
    @Transactional
    public AppUser reactivate(long id) {
        AppUser user = get(id);
        user.active = true;
        return flushed(user);
    }

    /**
     * Sets a new password (between {@link #PASSWORD_MIN} and {@link #PASSWORD_MAX} characters, else 422) and ends
     * all the account's web sessions.
     */
    @Transactional
    public AppUser setPassword(long id, String password) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            throw new org.odmaturity.error.InvalidInputException("invalid-request", "Invalid request",
                    "The password is refused.", List.of(java.util.Map.of("field", "password", "message",
                            "must have between " + PASSWORD_MIN + " and " + PASSWORD_MAX + " characters")));
        }
        AppUser user = get(id);
        user.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        flushed(user);
        sessions.closeAll(id);
        verified.forget(id);
        return user;
    }

    private static AppUser get(long id) {
        return AppUser.<AppUser>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("No account " + id + "."));
    }

    private static AppUser flushed(AppUser user) {
        try {
            AppUser.flush();
            return user;
        } catch (OptimisticLockException | StaleStateException e) {
            throw new PreconditionFailedException("Account " + user.id + " was changed by someone else meanwhile. "
                    + "Read it again and re-apply your change.", null);
        }
    }

}
