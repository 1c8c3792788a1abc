package org.odmaturity.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.organization.Organization;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.scoring.Completeness;
import org.odmaturity.scoring.ScoringEngine;
import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.UserRole;

/**
 * What the admin and facilitator pages read about diagnostics across organisations and campaigns, as records: the
 * admin home's counts, the number of diagnostics of each campaign, an organisation's diagnostics with who may take them
 * over and the campaigns open for a new one, and the facilitators' list one page at a time. Read-only; one transaction
 * per call, so that the pages never touch entities.
 */
@ApplicationScoped
public class DiagnosticOverview {

    /** A page of the facilitators' list: optional filters, the page number (1 = first) and its size. */
    public record ListQuery(Long campaignId, DiagnosticStatus status, int page, int size) {
    }

    /**
     * A diagnostic of the facilitators' list. Progress is answered over relevant questions; score and level are those
     * of its latest snapshot (null for a draft, which has none).
     *
     * @param levelLabel the level's label in the questionnaire's languages, null without a level
     */
    public record Listed(long id, String organization, String campaignName, int campaignYear, DiagnosticMode mode,
            DiagnosticStatus status, int answered, int relevant, Double score, LocalizedText levelLabel,
            Instant updatedAt, String facilitator) {
    }

    /** One page of the list, newest first; {@code page} is the page shown (the last one when asked beyond it). */
    public record Listing(List<Listed> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final DiagnosticService diagnostics;
    private final QuestionnaireRegistry registry;

    public DiagnosticOverview(DiagnosticService diagnostics, QuestionnaireRegistry registry) {
        this.diagnostics = diagnostics;
        this.registry = registry;
    }

    /** The admin home's figures. {@code diagnostics}: how many diagnostics have each status, in the statuses' order. */
    public record Counts(long organizations, long openCampaigns, Map<DiagnosticStatus, Long> diagnostics,
            long activeFacilitators) {

        public long diagnosticsTotal() {
            return diagnostics.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** An account that facilitates (or facilitated) diagnostics; {@code assignable}: active and a facilitator. */
    public record Facilitator(long id, String displayName, String email, boolean assignable) {
    }

    /** A campaign as a choice of the "new diagnostic" form. */
    public record CampaignChoice(long id, String name, int year) {
    }

    /** A diagnostic of an organisation; {@code facilitator} is null when nobody facilitates it. */
    public record Row(long id, String campaignName, Integer campaignYear, DiagnosticMode mode, DiagnosticStatus status,
            Facilitator facilitator, Instant createdAt, long version) {
    }

    /** An organisation's diagnostics (newest first), the facilitators one can choose, the open campaigns. */
    public record OfOrganization(List<Row> diagnostics, List<Facilitator> facilitators,
            List<CampaignChoice> openCampaigns) {
    }

    @Transactional
    public Counts counts() {
        Map<DiagnosticStatus, Long> byStatus = new EnumMap<>(DiagnosticStatus.class);
        for (DiagnosticStatus status : DiagnosticStatus.values()) {
            byStatus.put(status, Diagnostic.count("status", status));
        }
        return new Counts(Organization.count(), Campaign.count("status", CampaignStatus.OPEN), byStatus,
                AppUser.count("role = ?1 and active = true", UserRole.FACILITATOR));
    }

    /** The number of diagnostics of each campaign that has some (by campaign id). */
    @Transactional
    public Map<Long, Long> countsByCampaign() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        Diagnostic.getEntityManager()
                .createQuery("select d.campaignId, count(d) from Diagnostic d group by d.campaignId", Object[].class)
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** The active facilitators, by name: whom a new diagnostic can be assigned to. */
    @Transactional
    public List<Facilitator> facilitators() {
        return AppUser.<AppUser>list("role = ?1 and active = true order by lower(displayName), id",
                UserRole.FACILITATOR).stream().map(DiagnosticOverview::facilitator).toList();
    }

    @Transactional
    public OfOrganization ofOrganization(long organizationId) {
        List<Facilitator> facilitators = AppUser.<AppUser>list(
                "role = ?1 and active = true order by lower(displayName), id", UserRole.FACILITATOR).stream()
                .map(DiagnosticOverview::facilitator).toList();
        List<Row> rows = Diagnostic.<Diagnostic>list("organizationId = ?1 order by id desc", organizationId).stream()
                .map(DiagnosticOverview::row).toList();
        List<CampaignChoice> open = Campaign.<Campaign>list("status = ?1 order by year desc, lower(name), id",
                CampaignStatus.OPEN).stream().map(c -> new CampaignChoice(c.id, c.name, c.year)).toList();
        return new OfOrganization(rows, facilitators, open);
    }

    /**
     * The diagnostics an actor may read (admins: all; facilitators: those assigned to them, as in
     * {@link DiagnosticAccess}), newest first, one page at a time. Never scores a diagnostic that has a snapshot:
     * submitted and validated ones show their latest snapshot (score, level, and its answered and relevant counts);
     * only the drafts of the page are scored from their answers, for their progress.
     */
    @Transactional
    public Listing listed(ListQuery query, Actor actor) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.campaignId() != null) {
            where.append(" and d.campaignId = :campaign");
            params.put("campaign", query.campaignId());
        }
        if (query.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", query.status());
        }
        if (!actor.admin()) {
            if (actor.facilitator()) {
                where.append(" and d.facilitatorId = :user");
                params.put("user", actor.userId());
            } else {
                where.append(" and d.id = :own");
                params.put("own", actor.diagnosticId());
            }
        }
        EntityManager em = Diagnostic.getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(d) from Diagnostic d" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        int size = Math.max(1, query.size());
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, query.page()), pages);
        TypedQuery<Object[]> select = em.createQuery("""
                select d.id, o.name, c.name, c.year, c.questionnaireId, c.questionnaireVersion, d.mode, d.status,
                       d.updatedAt, u.displayName
                from Diagnostic d join Organization o on o.id = d.organizationId
                     join Campaign c on c.id = d.campaignId left join AppUser u on u.id = d.facilitatorId
                """ + where + " order by d.id desc", Object[].class);
        params.forEach(select::setParameter);
        List<Object[]> rows = select.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();

        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Object[]> snapshots = latestSnapshots(em, ids);
        Map<Long, int[]> progress = snapshotProgress(em, snapshots);
        List<Long> unscored = ids.stream().filter(id -> !snapshots.containsKey(id)).toList();
        Map<Long, List<StoredAnswer>> answers = answers(em, unscored);
        List<Listed> items = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            Object[] snapshot = snapshots.get(id);
            Questionnaire q = registry.find((String) r[4], (Integer) r[5])
                    .map(QuestionnaireRegistry.Entry::questionnaire).orElse(null);
            int[] counts;
            Double score = null;
            LocalizedText level = null;
            if (snapshot != null) {
                counts = progress.getOrDefault((Long) snapshot[1], new int[2]);
                score = snapshot[2] == null ? null : ((BigDecimal) snapshot[2]).doubleValue();
                String levelId = (String) snapshot[3];
                level = q == null || levelId == null ? null
                        : q.level(levelId).map(Level::label).orElse(null);
            } else if (q != null) {
                Completeness c = ScoringEngine.score(q, diagnostics.typed(q, answers.getOrDefault(id, List.of())))
                        .completeness();
                counts = new int[] { c.answered(), c.relevant() };
            } else {
                counts = new int[2];
            }
            items.add(new Listed(id, (String) r[1], (String) r[2], (Integer) r[3], (DiagnosticMode) r[6],
                    (DiagnosticStatus) r[7], counts[0], counts[1], score, level, (Instant) r[8], (String) r[9]));
        }
        return new Listing(items, page, size, total);
    }

    /** How far a diagnostic's questionnaire is answered: answered questions over relevant ones. */
    public record Answered(int answered, int relevant) {

        /** Whole percent, rounded down (100 only when all are answered); null when no question is relevant. */
        public Integer percent() {
            return relevant == 0 ? null : (int) (100L * answered / relevant);
        }
    }

    /**
     * Answered over relevant questions of many diagnostics of one questionnaire, as the facilitators' list counts them
     * but from the status: a submitted or validated diagnostic's answers are frozen, so its latest snapshot says (no
     * scoring); a draft (even a reopened one, whose snapshot may be stale) is scored from its answers. A fixed number
     * of queries whatever the number of diagnostics (ids taken 1,000 at a time).
     */
    @Transactional
    public Map<Long, Answered> answered(Questionnaire q, Map<Long, DiagnosticStatus> statuses) {
        EntityManager em = Diagnostic.getEntityManager();
        List<Long> frozen = statuses.entrySet().stream().filter(e -> e.getValue() != DiagnosticStatus.DRAFT)
                .map(Map.Entry::getKey).toList();
        List<Long> drafts = statuses.entrySet().stream().filter(e -> e.getValue() == DiagnosticStatus.DRAFT)
                .map(Map.Entry::getKey).toList();
        Map<Long, Answered> answered = new HashMap<>();
        for (List<Long> chunk : chunks(frozen)) {
            Map<Long, Object[]> snapshots = latestSnapshots(em, chunk);
            Map<Long, int[]> progress = snapshotProgress(em, snapshots);
            snapshots.forEach((id, snapshot) -> {
                int[] counts = progress.getOrDefault((Long) snapshot[1], new int[2]);
                answered.put(id, new Answered(counts[0], counts[1]));
            });
        }
        for (List<Long> chunk : chunks(drafts)) {
            Map<Long, List<StoredAnswer>> answers = answers(em, chunk);
            for (Long id : chunk) {
                Completeness c = ScoringEngine.score(q, diagnostics.typed(q, answers.getOrDefault(id, List.of())))
                        .completeness();
                answered.put(id, new Answered(c.answered(), c.relevant()));
            }
        }
        return answered;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }

    /** Each diagnostic's latest snapshot (latest created_at, then highest id): diagnostic id → id, score, level. */
    private static Map<Long, Object[]> latestSnapshots(EntityManager em, List<Long> ids) {
        Map<Long, Object[]> latest = new HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        em.createQuery("""
                select s.diagnosticId, s.id, s.overallScore, s.overallLevel from ScoreSnapshot s
                where s.diagnosticId in :ids
                  and not exists (select s2.id from ScoreSnapshot s2 where s2.diagnosticId = s.diagnosticId
                                  and (s2.createdAt > s.createdAt or (s2.createdAt = s.createdAt and s2.id > s.id)))
                """, Object[].class).setParameter("ids", ids).getResultList().forEach(r -> latest.put((Long) r[0], r));
        return latest;
    }

    /** Answered and relevant questions of snapshots: the sums over their axes (as the score card's completeness). */
    private static Map<Long, int[]> snapshotProgress(EntityManager em, Map<Long, Object[]> snapshots) {
        Map<Long, int[]> progress = new HashMap<>();
        if (snapshots.isEmpty()) {
            return progress;
        }
        em.createQuery("""
                select n.snapshotId, sum(n.answered), sum(n.relevant) from ScoreSnapshotNode n
                where n.snapshotId in :ids and n.nodeType = 'AXIS' group by n.snapshotId
                """, Object[].class).setParameter("ids", snapshots.values().stream().map(s -> (Long) s[1]).toList())
                .getResultList().forEach(r -> progress.put((Long) r[0],
                        new int[] { ((Number) r[1]).intValue(), ((Number) r[2]).intValue() }));
        return progress;
    }

    /** The answers of some diagnostics as plain values (not managed entities), by diagnostic. */
    private static Map<Long, List<StoredAnswer>> answers(EntityManager em, List<Long> ids) {
        Map<Long, List<StoredAnswer>> answers = new HashMap<>();
        if (ids.isEmpty()) {
            return answers;
        }
        em.createQuery("""
                select a.diagnosticId, a.questionId, a.valueJson, a.notApplicable from StoredAnswer a
                where a.diagnosticId in :ids
                """, Object[].class).setParameter("ids", ids).getResultList().forEach(r -> {
                    StoredAnswer a = new StoredAnswer();
                    a.diagnosticId = (Long) r[0];
                    a.questionId = (String) r[1];
                    a.valueJson = (String) r[2];
                    a.notApplicable = (Boolean) r[3];
                    answers.computeIfAbsent(a.diagnosticId, k -> new ArrayList<>()).add(a);
                });
        return answers;
    }

    private static Row row(Diagnostic d) {
        Campaign c = Campaign.findById(d.campaignId);
        AppUser f = d.facilitatorId == null ? null : AppUser.findById(d.facilitatorId);
        return new Row(d.id, c == null ? null : c.name, c == null ? null : c.year, d.mode, d.status,
                f == null ? null : facilitator(f), d.createdAt, d.version);
    }

    private static Facilitator facilitator(AppUser u) {
        return new Facilitator(u.id, u.displayName, u.email, u.active && u.role == UserRole.FACILITATOR);
    }
}
