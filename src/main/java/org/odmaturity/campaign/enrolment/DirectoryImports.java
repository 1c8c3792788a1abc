package org.odmaturity.campaign.enrolment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The one place that reads the directory imports (tables {@code directory_import} and {@code directory_import_line}
 * of the CSV directory import) for the enrolment's "this import" filter: an import's organisations are those of its
 * lines that name one (created, updated or unchanged; refused lines name none), of applied imports only (a preview
 * waiting for confirmation on the import page is status PREVIEW). Plain SQL, so that this package does
 * not depend on the import's entities; called inside the caller's transaction.
 */
@ApplicationScoped
public class DirectoryImports {

    /** An import, as the enrolment form lists it. */
    public record Import(long id, String fileName, Instant createdAt) {
    }

    private final EntityManager em;

    public DirectoryImports(EntityManager em) {
        this.em = em;
    }

    /** Whether the import's tables exist (they come with the directory import's migration). */
    public boolean available() {
        Number n = (Number) em.createNativeQuery("select count(*) from information_schema.tables "
                + "where lower(table_name) in ('directory_import', 'directory_import_line')").getSingleResult();
        return n.intValue() == 2;
    }

    public Optional<Import> find(long id) {
        if (!available()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select id, file_name, created_at from directory_import where id = ?1 "
                + "and status = 'APPLIED'")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> of((Object[]) r)).findFirst();
    }

    /** The latest imports, newest first; none when the tables do not exist. */
    public List<Import> recent(int max) {
        if (!available()) {
            return List.of();
        }
        return em.createNativeQuery("select id, file_name, created_at from directory_import "
                + "where status = 'APPLIED' order by created_at desc, id desc").setMaxResults(max).getResultList().stream()
                .map(r -> of((Object[]) r)).toList();
    }

    /** The organisations an import created, updated or found unchanged. */
    public List<Long> organizationIds(long importId) {
        return em.createNativeQuery("select distinct organization_id from directory_import_line "
                + "where import_id = ?1 and organization_id is not null").setParameter(1, importId).getResultList()
                .stream().map(r -> ((Number) r).longValue()).toList();
    }

    private static Import of(Object[] r) {
        Object at = r[2];
        Instant created = at instanceof Instant i ? i : at instanceof OffsetDateTime o ? o.toInstant()
                : at instanceof java.sql.Timestamp t ? t.toInstant() : null;
        return new Import(((Number) r[0]).longValue(), (String) r[1], created);
    }
}
