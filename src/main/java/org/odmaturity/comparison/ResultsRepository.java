package org.odmaturity.comparison;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.comparison.CampaignResults.CampaignInfo;
import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.NodeType;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Theme;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;

/**
 * Reads a campaign's results into a {@link CampaignResults} and keeps it while the campaign's data is unchanged: each
 * call first reads a cheap fingerprint (one query: the count, latest change and summed versions of the campaign's
 * diagnostics — every change of answers, status, facilitator or snapshots moves a diagnostic's version —, the latest
 * change of any organisation, the highest snapshot id, the count, latest change and summed versions of the campaign's
 * plans). When it differs, only the diagnostics whose version moved (and new ones) are read again, the others kept; the
 * whole campaign is read again when the campaign, an organisation or the questionnaire changed, or when many
 * diagnostics did. One thread reads a campaign while the others wait for it. Works with several instances: nothing
 * relies on in-process events. Scores always come from each diagnostic's latest stored snapshot (latest
 * {@code created_at}, then highest id), never recomputed. Indexes for these reads: {@code V6__comparison_indexes.sql};
 * figures: docs/performance.md.
 */
@ApplicationScoped
public class ResultsRepository {

    /** Above this many changed diagnostics, the whole campaign is read again. */
    static final int PARTIAL_LIMIT = 2_000;
    private static final int CHUNK = 500;

    /** The fingerprint, and its part that says whether any organisation changed. */
    private record Fingerprint(String text, String organizations) {
    }

    /**
     * A campaign's results with what they were read under: the campaign's version, the organisations' part of the
     * fingerprint, each diagnostic's version (read before its data, so that a change while reading is read again).
     */
    private record Loaded(CampaignResults results, long campaignVersion, String organizations,
            Map<Long, Long> versions) {
    }

    private final EntityManager em;
    private final QuestionnaireRegistry registry;
    private final Map<Long, Loaded> cache = new ConcurrentHashMap<>();
    private final Map<Long, Object> loading = new ConcurrentHashMap<>();

    public ResultsRepository(EntityManager em, QuestionnaireRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    /** The campaign's results, empty when there is no such campaign. */
    @Transactional
    public Optional<CampaignResults> campaign(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            return Optional.empty();
        }
        Fingerprint fingerprint = fingerprint(campaign);
        Loaded cached = cache.get(campaignId);
        if (cached != null && cached.results().fingerprint().equals(fingerprint.text())) {
            return Optional.of(cached.results());
        }
        synchronized (loading.computeIfAbsent(campaignId, id -> new Object())) {
            // another request may have read it meanwhile; the data may have moved on meanwhile too
            cached = cache.get(campaignId);
            if (cached != null && cached.results().fingerprint().equals(fingerprint.text())) {
                return Optional.of(cached.results());
            }
            fingerprint = fingerprint(campaign);
            if (cached != null && cached.results().fingerprint().equals(fingerprint.text())) {
                return Optional.of(cached.results());
            }
            Questionnaire questionnaire = registry.find(campaign.questionnaireId, campaign.questionnaireVersion)
                    .map(QuestionnaireRegistry.Entry::questionnaire).orElse(null);
            boolean partial = cached != null && cached.campaignVersion() == campaign.version
                    && cached.organizations().equals(fingerprint.organizations())
                    && cached.results().questionnaire() == questionnaire;
            Loaded loaded = partial ? refresh(campaign, questionnaire, fingerprint, cached)
                    : load(campaign, questionnaire, fingerprint);
            cache.put(campaignId, loaded);
            return Optional.of(loaded.results());
        }
    }

    /** The campaigns, latest first (year, then id): what the dashboards offer to choose from. */
    @Transactional
    public List<CampaignInfo> campaigns() {
        return em.createQuery("from Campaign c order by c.year desc, c.id desc", Campaign.class).getResultList()
                .stream().map(ResultsRepository::info).toList();
    }

    private static CampaignInfo info(Campaign c) {
        return new CampaignInfo(c.id, c.name, c.year, c.status, c.questionnaireId, c.questionnaireVersion);
    }

    /** What the campaign's data looks like now, in one statement (so one consistent view of it). */
    private Fingerprint fingerprint(Campaign campaign) {
        Object[] f = (Object[]) em.createNativeQuery("""
                SELECT d.n, d.changed, d.versions,
                       (SELECT max(o.updated_at) FROM organization o),
                       (SELECT max(s.id) FROM score_snapshot s),
                       p.n, p.changed, p.versions
                FROM (SELECT count(*) AS n, max(updated_at) AS changed, sum(version) AS versions
                      FROM diagnostic WHERE campaign_id = :campaign) d,
                     (SELECT count(*) AS n, max(pl.updated_at) AS changed, sum(pl.version) AS versions
                      FROM improvement_plan pl JOIN diagnostic pd ON pd.id = pl.diagnostic_id
                      WHERE pd.campaign_id = :campaign) p
                """).setParameter("campaign", campaign.id).getSingleResult();
        return new Fingerprint(campaign.version + "|" + Arrays.toString(f), String.valueOf(f[3]));
    }

    /** The version of each diagnostic of the campaign. */
    private Map<Long, Long> versions(Campaign campaign) {
        Map<Long, Long> versions = new HashMap<>();
        em.createQuery("select d.id, d.version from Diagnostic d where d.campaignId = :campaign", Object[].class)
                .setParameter("campaign", campaign.id).getResultList()
                .forEach(r -> versions.put((Long) r[0], (Long) r[1]));
        return versions;
    }

    private Loaded load(Campaign campaign, Questionnaire questionnaire, Fingerprint fingerprint) {
        Map<Long, Long> versions = versions(campaign);
        List<Node> nodes = nodes(questionnaire);
        List<Row> rows = read(campaign, nodes, null);
        return new Loaded(CampaignResults.of(info(campaign), questionnaire, nodes, rows, fingerprint.text()),
                campaign.version, fingerprint.organizations(), versions);
    }

    /** Reads again only the diagnostics whose version moved, and new ones; forgets those that are gone. */
    private Loaded refresh(Campaign campaign, Questionnaire questionnaire, Fingerprint fingerprint, Loaded cached) {
        Map<Long, Long> versions = versions(campaign);
        List<Long> changed = new ArrayList<>();
        versions.forEach((id, version) -> {
            if (!version.equals(cached.versions().get(id))) {
                changed.add(id);
            }
        });
        if (changed.size() > PARTIAL_LIMIT) {
            return load(campaign, questionnaire, fingerprint);
        }
        List<Node> nodes = cached.results().nodes();
        Map<Long, Row> fresh = new HashMap<>();
        for (int i = 0; i < changed.size(); i += CHUNK) {
            read(campaign, nodes, changed.subList(i, Math.min(changed.size(), i + CHUNK)))
                    .forEach(row -> fresh.put(row.diagnosticId(), row));
        }
        List<Row> rows = new ArrayList<>(versions.size());
        for (Row row : cached.results().rows()) {
            if (versions.containsKey(row.diagnosticId()) && !fresh.containsKey(row.diagnosticId())) {
                rows.add(row);
            }
        }
        rows.addAll(fresh.values());
        rows.sort(Comparator.comparingLong(Row::diagnosticId));
        return new Loaded(CampaignResults.of(info(campaign), questionnaire, nodes, rows, fingerprint.text()),
                campaign.version, fingerprint.organizations(), versions);
    }

    /** The rows of the campaign's diagnostics (of {@code ids} only, when given), by diagnostic id. */
    private List<Row> read(Campaign campaign, List<Node> nodes, List<Long> ids) {
        String only = ids == null ? "" : " and d.id in :ids";
        Map<String, Integer> axisIndex = new HashMap<>();
        Map<String, Integer> themeIndex = new HashMap<>();
        for (Node node : nodes) {
            if (node.type() == NodeType.AXIS) {
                axisIndex.put(node.id(), node.index());
            } else if (node.type() == NodeType.THEME) {
                themeIndex.put(node.id(), node.index());
            }
        }

        Set<Long> started = new HashSet<>(scoped(em.createQuery("""
                select d.id from Diagnostic d where d.campaignId = :campaign and d.status = :draft
                  and exists (select a.id from StoredAnswer a where a.diagnosticId = d.id)""" + only, Long.class),
                campaign, ids).setParameter("draft", DiagnosticStatus.DRAFT).getResultList());

        // the latest snapshot of each diagnostic: overall score and level
        Map<Long, Object[]> latest = new HashMap<>();
        for (Object[] r : scoped(em.createQuery("""
                select s.diagnosticId, s.id, s.overallScore, s.overallLevel from ScoreSnapshot s, Diagnostic d
                where s.diagnosticId = d.id and d.campaignId = :campaign
                  and not exists (select s2.id from ScoreSnapshot s2 where s2.diagnosticId = s.diagnosticId
                                  and (s2.createdAt > s.createdAt or (s2.createdAt = s.createdAt and s2.id > s.id)))
                """ + only, Object[].class), campaign, ids).getResultList()) {
            latest.put((Long) r[0], r);
        }
        Map<Long, double[]> scores = new HashMap<>();
        Map<Long, String[]> levels = new HashMap<>();
        for (Map.Entry<Long, Object[]> e : latest.entrySet()) {
            double[] s = new double[nodes.size()];
            Arrays.fill(s, Double.NaN);
            String[] l = new String[nodes.size()];
            BigDecimal overall = (BigDecimal) e.getValue()[2];
            if (overall != null) {
                s[0] = overall.doubleValue();
            }
            l[0] = (String) e.getValue()[3];
            scores.put(e.getKey(), s);
            levels.put(e.getKey(), l);
        }
        if (!latest.isEmpty()) {
            for (Object[] r : scoped(em.createQuery("""
                    select s.diagnosticId, n.nodeType, n.nodeId, n.score, n.level
                    from ScoreSnapshotNode n, ScoreSnapshot s, Diagnostic d
                    where n.snapshotId = s.id and s.diagnosticId = d.id and d.campaignId = :campaign
                      and not exists (select s2.id from ScoreSnapshot s2 where s2.diagnosticId = s.diagnosticId
                                      and (s2.createdAt > s.createdAt or (s2.createdAt = s.createdAt and s2.id > s.id)))
                    """ + only, Object[].class), campaign, ids).getResultList()) {
                Integer index = "AXIS".equals(r[1]) ? axisIndex.get((String) r[2]) : themeIndex.get((String) r[2]);
                double[] s = scores.get((Long) r[0]);
                if (index == null || s == null) {
                    continue; // a node the pinned questionnaire no longer has cannot happen for a pinned version
                }
                if (r[3] != null) {
                    s[index] = ((BigDecimal) r[3]).doubleValue();
                }
                levels.get((Long) r[0])[index] = (String) r[4];
            }
        }

        List<Row> rows = new ArrayList<>();
        for (Object[] r : scoped(em.createQuery("""
                select d.id, o.id, o.name, o.siren, d.status, d.mode, o.type, o.departementCode, o.population,
                       d.facilitatorId, d.createdAt, d.submittedAt, d.validatedAt
                from Diagnostic d, Organization o where o.id = d.organizationId and d.campaignId = :campaign
                """ + only + " order by d.id", Object[].class), campaign, ids).getResultList()) {
            long id = (Long) r[0];
            DiagnosticStatus status = (DiagnosticStatus) r[4];
            OrganizationType type = (OrganizationType) r[6];
            Integer population = (Integer) r[8];
            Profile profile = new Profile(status, (DiagnosticMode) r[5], type, (String) r[7],
                    PopulationBand.of(type, population));
            Object[] snapshot = latest.get(id);
            rows.add(new Row(id, (Long) r[1], (String) r[2], (String) r[3], profile, population, (Long) r[9],
                    status != DiagnosticStatus.DRAFT || started.contains(id), (Instant) r[10], (Instant) r[11],
                    (Instant) r[12], snapshot == null ? null : (Long) snapshot[1], scores.get(id), levels.get(id)));
        }
        return rows;
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Campaign campaign, List<Long> ids) {
        query.setParameter("campaign", campaign.id);
        return ids == null ? query : query.setParameter("ids", ids);
    }

    /** Overall (index 0), then each axis followed by its themes, in document order. */
    static List<Node> nodes(Questionnaire questionnaire) {
        List<Node> nodes = new ArrayList<>();
        Map<String, String> overallTitle = new LinkedHashMap<>();
        overallTitle.put("fr", Labels.of("fr").label("comparison.node", NodeType.OVERALL));
        overallTitle.put("en", Labels.of("en").label("comparison.node", NodeType.OVERALL));
        nodes.add(new Node(0, NodeType.OVERALL, "overall", null, new LocalizedText(overallTitle)));
        if (questionnaire == null) {
            return nodes;
        }
        for (Axis axis : questionnaire.axes()) {
            nodes.add(new Node(nodes.size(), NodeType.AXIS, axis.id(), axis.id(), axis.title()));
            for (Theme theme : axis.themes()) {
                nodes.add(new Node(nodes.size(), NodeType.THEME, theme.id(), axis.id(), theme.title()));
            }
        }
        return nodes;
    }
}
