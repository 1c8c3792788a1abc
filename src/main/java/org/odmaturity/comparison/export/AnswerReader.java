package org.odmaturity.comparison.export;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads stored answers for the answers export, a page of diagnostics at a time, as plain values (no managed
 * entities, so nothing accumulates in a persistence context). The facilitator's private interview note and the
 * evidence link are not read.
 */
@ApplicationScoped
public class AnswerReader {

    /** One stored answer, as the export needs it. */
    public record StoredValue(long diagnosticId, String questionId, String valueJson, boolean notApplicable,
            boolean unsure, String comment, Instant answeredAt) {
    }

    private final EntityManager em;

    public AnswerReader(EntityManager em) {
        this.em = em;
    }

    /** The answers of these diagnostics, by diagnostic id, in one short transaction. */
    @Transactional
    public List<StoredValue> answers(List<Long> diagnosticIds) {
        if (diagnosticIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select a.diagnosticId, a.questionId, a.valueJson, a.notApplicable, a.unsure, a.comment, a.answeredAt
                from StoredAnswer a where a.diagnosticId in :ids order by a.diagnosticId, a.id
                """, Object[].class).setParameter("ids", diagnosticIds).getResultStream()
                .map(r -> new StoredValue((Long) r[0], (String) r[1], (String) r[2], (Boolean) r[3], (Boolean) r[4],
                        (String) r[5], (Instant) r[6]))
                .toList();
    }
}
