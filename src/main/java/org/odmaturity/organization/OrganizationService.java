package org.odmaturity.organization;

import org.odmaturity.error.ExpectedVersion;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.ResourceNotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Creates, finds and updates organisations; owns the transactions. */
@ApplicationScoped
public class OrganizationService {

    /** A page of organisations, sorted by name. */
    public record Page(List<Organization> items, int page, int size, long total) {
    }

    private static final String SIREN_UNIQUE = "uq_organization_siren";

    /** Accented letters folded by the search, and what they fold to (built from Unicode decomposition). */
    private static final String ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ";
    private static final String SEPARATORS = "-'’";
    private static final String FOLD_FROM = ACCENTED + SEPARATORS;
    private static final String FOLD_TO = stripAccents(ACCENTED) + " ".repeat(SEPARATORS.length());

    static {
        if (FOLD_TO.length() != FOLD_FROM.length()) {
            throw new IllegalStateException("accent folding table is not one to one");
        }
    }

    /**
     * The name folded in SQL as {@link #fold(String)} folds in Java: accents removed, ligatures spelled out, hyphens
     * and apostrophes as spaces, lower case; with functions that PostgreSQL and H2 both have (no unaccent extension).
     * Letters outside the table (rare in French names, e.g. 'ő') are not folded.
     */
    private static final String FOLDED_NAME = "lower(replace(replace(replace(replace(translate(name, '"
            + FOLD_FROM.replace("'", "''") + "', '" + FOLD_TO + "'), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'))";

    @Transactional
    public Organization create(OrganizationRequest request) {
        requireSirenFree(request.siren(), null);
        Organization organization = new Organization();
        apply(organization, request);
        return flushed(organization, organization::persistAndFlush);
    }

    @Transactional
    public Organization get(long id) {
        return Organization.<Organization>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("No organisation " + id + "."));
    }

    /** Replaces every field; 412 unless {@code expected} names the current version. */
    @Transactional
    public Organization update(long id, ExpectedVersion expected, OrganizationRequest request) {
        Organization organization = get(id);
        expected.check(organization.version, "organisation " + id);
        requireSirenFree(request.siren(), id);
        apply(organization, request);
        // a lambda, not Organization::flush, which would bind to the base class that Panache does not enhance
        return flushed(organization, () -> Organization.flush());
    }

    /**
     * Searches by {@code q} (part of the name, ignoring case, accents, hyphens and apostrophes; or the first digits
     * of the SIREN), type and département; sorted by name (folded as for the search).
     */
    @Transactional
    public Page search(String q, OrganizationType type, String departement, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String text = q == null ? "" : q.strip();
        if (!text.isEmpty()) {
            params.put("name", "%" + escapeLike(fold(text)) + "%");
            String digits = text.replace(" ", "");
            if (digits.matches("[0-9]{1,9}")) {
                params.put("siren", digits + "%");
                where.add("(" + FOLDED_NAME + " like :name escape '!' or siren like :siren)");
            } else {
                where.add(FOLDED_NAME + " like :name escape '!'");
            }
        }
        if (type != null) {
            where.add("type = :type");
            params.put("type", type);
        }
        if (departement != null && !departement.isBlank()) {
            where.add("departementCode = :departement");
            params.put("departement", departement);
        }
        String condition = String.join(" and ", where);
        // folded, so that "Épinal" sorts with "Epinal" and not after "Zillisheim" (byte order)
        String order = "order by " + FOLDED_NAME + ", id";
        PanacheQuery<Organization> query = condition.isEmpty()
                ? Organization.find(order)
                : Organization.find(condition + " " + order, params);
        long total = condition.isEmpty() ? Organization.count() : Organization.count(condition, params);
        return new Page(query.page(page, size).list(), page, size, total);
    }

    private static void apply(Organization o, OrganizationRequest r) {
        o.name = r.name().strip();
        o.siren = r.siren();
        o.type = r.type();
        o.departementCode = blankToNull(r.departement());
        o.region = blankToNull(r.region());
        o.population = r.population();
        o.contactName = blankToNull(r.contactName());
        o.contactEmail = blankToNull(r.contactEmail());
        o.contactPhone = blankToNull(r.contactPhone());
    }

    private static void requireSirenFree(String siren, Long exceptId) {
        Organization other = Organization.<Organization>find("siren", siren).firstResult();
        if (other != null && !other.id.equals(exceptId)) {
            throw duplicateSiren(siren, other.id);
        }
    }

    private static ConflictException duplicateSiren(String siren, Long otherId) {
        return new ConflictException("siren", "An organisation with SIREN " + siren + " already exists"
                + (otherId == null ? "." : " (id " + otherId + ")."));
    }

    /**
     * Flushes now so that a duplicate SIREN inserted meanwhile by another request (the unique constraint) or a
     * concurrent update (the version) becomes a 409 or 412 instead of a failed commit.
     */
    private static Organization flushed(Organization organization, Runnable flush) {
        try {
            flush.run();
            return organization;
        } catch (ConstraintViolationException e) {
            if (SIREN_UNIQUE.equalsIgnoreCase(e.getConstraintName())) {
                throw duplicateSiren(organization.siren, null);
            }
            throw e;
        } catch (OptimisticLockException | org.hibernate.StaleStateException e) {
            throw new PreconditionFailedException("Organisation " + organization.id + " was changed by someone else "
                    + "meanwhile. Read it again and re-apply your change.", null);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What the SQL side does to names ({@link #FOLDED_NAME}), applied to the search text. */
    static String fold(String text) {
        String folded = stripAccents(text).replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        for (char separator : SEPARATORS.toCharArray()) {
            folded = folded.replace(separator, ' ');
        }
        return folded.toLowerCase(Locale.ROOT);
    }

    private static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
