package org.odmaturity.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.time.Instants;

/**
 * Successful password checks, remembered briefly in memory so that a script calling with HTTP Basic does not run
 * bcrypt (≈60 ms of CPU) on every request. The key is an HMAC-SHA256 of email and password under a random key drawn
 * at start and never stored: the password itself is never kept, and the keys are worthless to anyone without this
 * process's memory. An entry holds the account id and the bcrypt hash it was checked against; whoever uses it must
 * re-read the account and compare both (so a password changed or an account deactivated on another instance stops a
 * remembered check at once). Entries expire after {@link AuthConfig.BasicCache#ttl()}; this instance forgets an
 * account's entries when its password changes or it is deactivated. Only successes are remembered, so nobody can fill
 * this without valid credentials.
 */
@ApplicationScoped
public class VerifiedPasswords {

    /** A remembered success. */
    public record Entry(long userId, String passwordHash, Instant expiresAt) {
    }

    private final AuthConfig.BasicCache config;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedPasswords(AuthConfig config) {
        this.config = config.basicCache();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public boolean enabled() {
        return !config.ttl().isZero() && !config.ttl().isNegative() && config.maxEntries() > 0;
    }

    /** The keyed hash of these credentials (the map key; never the password). */
    public String keyOf(String email, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(AppUser.normalize(email).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Entry> find(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!Instants.now().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    public void remember(String key, AppUser user) {
        if (!enabled()) {
            return;
        }
        Instant now = Instants.now();
        if (entries.size() >= config.maxEntries()) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= config.maxEntries()) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(user.id, user.passwordHash, now.plus(config.ttl())));
    }

    /** Forgets every remembered check of an account (its password changed, it was deactivated). */
    public void forget(long userId) {
        entries.values().removeIf(e -> e.userId() == userId);
    }

    public void forget(String key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }
}
