package org.odmaturity.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.plan.PlanGenerator;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.ScoreCard;

/**
 * The improvement actions of each scored diagnostic, as (question, source) pairs: the suggested actions its curator
 * kept when its plan is curated, otherwise the plan suggested from its latest snapshot's score card and its answers
 * (frozen once submitted). Computed once per snapshot and plan version and kept, one entry per diagnostic: a snapshot
 * never changes, and a curation bumps the plan's version.
 *
 * <p>Speed (docs/performance.md): the plans' versions are read once and kept while a cheap aggregate of the plan table
 * is unchanged; missing entries are computed by one thread at a time (the others wait and then find them), suggestions
 * in parallel, from answers read as plain values rather than entities.
 */
@ApplicationScoped
public class NeedsIndex {

    /** A suggested action of a plan: the question it improves and where its recommendation comes from. */
    public record ActionRef(String questionId, String source) {
    }

    /** The actions of a diagnostic for one snapshot and plan version (0: never curated). */
    private record Entry(long snapshotId, long planVersion, List<ActionRef> actions) {
    }

    /** Every stored plan's version by diagnostic, with the aggregate of the plan table it was read under. */
    private record PlanVersions(String fingerprint, Map<Long, Long> byDiagnostic) {
    }

    private static final int CHUNK = 500;

    private final EntityManager em;
    private final DiagnosticService diagnostics;
    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();
    /** One instance per distinct action: equal references compare by identity in the calculators' maps. */
    private final Map<ActionRef, ActionRef> interned = new ConcurrentHashMap<>();
    private final Object computing = new Object();
    private volatile PlanVersions planVersions = new PlanVersions("", Map.of());

    public NeedsIndex(EntityManager em, DiagnosticService diagnostics) {
        this.em = em;
        this.diagnostics = diagnostics;
    }

    /** The actions of each row that has a snapshot, by diagnostic id. */
    @Transactional
    public Map<Long, List<ActionRef>> actions(Questionnaire questionnaire, Collection<Row> rows) {
        Map<Long, Long> versions = planVersions();
        Map<Long, List<ActionRef>> result = new HashMap<>(rows.size() * 2);
        List<Row> missing = collect(rows, versions, result);
        if (!missing.isEmpty()) {
            synchronized (computing) {
                // computed meanwhile by another request?
                missing = collect(missing, versions, result);
                List<Row> curated = new ArrayList<>();
                List<Row> suggested = new ArrayList<>();
                for (Row row : missing) {
                    (versions.containsKey(row.diagnosticId()) ? curated : suggested).add(row);
                }
                loadCurated(curated, versions, result);
                loadSuggested(questionnaire, suggested, result);
            }
        }
        return result;
    }

    /** Puts the rows' known actions into {@code result}; returns the rows (with a snapshot) whose actions are not. */
    private List<Row> collect(Collection<Row> rows, Map<Long, Long> versions, Map<Long, List<ActionRef>> result) {
        List<Row> missing = new ArrayList<>();
        for (Row row : rows) {
            if (row.snapshotId() == null) {
                continue;
            }
            Entry known = cache.get(row.diagnosticId());
            if (known != null && known.snapshotId() == row.snapshotId()
                    && known.planVersion() == versions.getOrDefault(row.diagnosticId(), 0L)) {
                result.put(row.diagnosticId(), known.actions());
            } else {
                missing.add(row);
            }
        }
        return missing;
    }

    /** The version of every stored plan, re-read only when the plan table's aggregate moved. */
    private Map<Long, Long> planVersions() {
        Object[] aggregate = em.createQuery(
                "select count(p), max(p.updatedAt), sum(p.version), max(p.id) from ImprovementPlan p", Object[].class)
                .getSingleResult();
        String fingerprint = Arrays.toString(aggregate);
        PlanVersions known = planVersions;
        if (known.fingerprint().equals(fingerprint)) {
            return known.byDiagnostic();
        }
        Map<Long, Long> byDiagnostic = new HashMap<>();
        em.createQuery("select p.diagnosticId, p.version from ImprovementPlan p", Object[].class).getResultList()
                .forEach(r -> byDiagnostic.put((Long) r[0], (Long) r[1]));
        planVersions = new PlanVersions(fingerprint, byDiagnostic);
        return byDiagnostic;
    }

    private void loadCurated(List<Row> rows, Map<Long, Long> versions, Map<Long, List<ActionRef>> result) {
        for (List<Row> chunk : chunks(rows)) {
            Map<Long, List<ActionRef>> found = new HashMap<>();
            chunk.forEach(r -> found.put(r.diagnosticId(), new ArrayList<>()));
            em.createQuery("""
                    select p.diagnosticId, a.questionId, a.source from PlanAction a, ImprovementPlan p
                    where a.planId = p.id and p.diagnosticId in :ids and a.questionId is not null
                    order by p.diagnosticId, a.sortOrder
                    """, Object[].class).setParameter("ids", chunk.stream().map(Row::diagnosticId).toList())
                    .getResultList()
                    .forEach(r -> found.get((Long) r[0]).add(intern(new ActionRef((String) r[1], (String) r[2]))));
            for (Row row : chunk) {
                List<ActionRef> actions = List.copyOf(found.get(row.diagnosticId()));
                cache.put(row.diagnosticId(), new Entry(row.snapshotId(),
                        versions.getOrDefault(row.diagnosticId(), 0L), actions));
                result.put(row.diagnosticId(), actions);
            }
        }
    }

    private void loadSuggested(Questionnaire questionnaire, List<Row> rows, Map<Long, List<ActionRef>> result) {
        if (questionnaire == null) {
            return;
        }
        for (List<Row> chunk : chunks(rows)) {
            Map<Long, String> cards = new HashMap<>();
            em.createQuery("select s.id, s.scoreCard from ScoreSnapshot s where s.id in :ids", Object[].class)
                    .setParameter("ids", chunk.stream().map(Row::snapshotId).toList()).getResultList()
                    .forEach(r -> cards.put((Long) r[0], (String) r[1]));
            // plain values, not entities: nothing for the persistence context to track
            Map<Long, List<StoredAnswer>> answers = new HashMap<>();
            em.createQuery("""
                    select a.diagnosticId, a.questionId, a.valueJson, a.notApplicable from StoredAnswer a
                    where a.diagnosticId in :ids
                    """, Object[].class).setParameter("ids", chunk.stream().map(Row::diagnosticId).toList())
                    .getResultList().forEach(r -> {
                        StoredAnswer a = new StoredAnswer();
                        a.diagnosticId = (Long) r[0];
                        a.questionId = (String) r[1];
                        a.valueJson = (String) r[2];
                        a.notApplicable = (Boolean) r[3];
                        answers.computeIfAbsent(a.diagnosticId, k -> new ArrayList<>()).add(a);
                    });
            // pure computations (reading the card, typing the answers, suggesting the plan): on every core
            List<Entry> computed = chunk.parallelStream().map(row -> {
                ScoreCard card = diagnostics.readScoreCard(cards.get(row.snapshotId()));
                List<ActionRef> actions = PlanGenerator.suggest(questionnaire, card,
                        diagnostics.typed(questionnaire, answers.getOrDefault(row.diagnosticId(), List.of())))
                        .actions().stream().map(a -> intern(new ActionRef(a.questionId(), a.source()))).toList();
                return new Entry(row.snapshotId(), 0L, actions);
            }).toList();
            for (int i = 0; i < chunk.size(); i++) {
                Row row = chunk.get(i);
                cache.put(row.diagnosticId(), computed.get(i));
                result.put(row.diagnosticId(), computed.get(i).actions());
            }
        }
    }

    private ActionRef intern(ActionRef action) {
        ActionRef known = interned.putIfAbsent(action, action);
        return known == null ? action : known;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }
}
