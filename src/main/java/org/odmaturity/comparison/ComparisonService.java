package org.odmaturity.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.NodeType;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.organization.Organization;
import org.odmaturity.plan.PeersConfig;
import org.odmaturity.security.Actor;

/**
 * The regional team's comparisons: a campaign's results, support needs, evolution against an earlier campaign, the
 * organisations × themes heatmap and an organisation's history, each as a viewer may see them (admins everything;
 * facilitators and public outputs under the anonymity rule, individual results only of assigned diagnostics). Reads
 * stored score snapshots only ({@link ResultsRepository}); aggregates are computed in plain Java. See
 * docs/comparison.md.
 */
@ApplicationScoped
public class ComparisonService {

    /** Sort keys of the heatmap besides node ids. */
    public static final String SORT_NAME = "name";

    private final ResultsRepository repository;
    private final NeedsIndex needsIndex;
    private final PeersConfig peers;
    private final EntityManager em;

    public ComparisonService(ResultsRepository repository, NeedsIndex needsIndex, PeersConfig peers,
            EntityManager em) {
        this.repository = repository;
        this.needsIndex = needsIndex;
        this.peers = peers;
        this.em = em;
    }

    /** The viewer an account is, in a language. */
    public Viewer viewer(Actor actor, String language) {
        return Viewer.of(actor, peers.minimumGroupSize(), language);
    }

    /** The public audience (open data, synthesis): the anonymity rule, no individual results. */
    public Viewer publicViewer(String language) {
        return Viewer.publicAudience(peers.minimumGroupSize(), language);
    }

    /** Every campaign, latest first. */
    public List<CampaignRef> campaigns() {
        return repository.campaigns().stream().map(CampaignRef::of).toList();
    }

    /** The latest campaign (highest year, then highest id), if any. */
    public Optional<CampaignRef> latestCampaign() {
        return campaigns().stream().findFirst();
    }

    /** A campaign's in-memory results (for exports and reports built on them). */
    public CampaignResults data(long campaignId) {
        return repository.campaign(campaignId)
                .orElseThrow(() -> new ResourceNotFoundException("No campaign " + campaignId + "."));
    }

    public Results results(long campaignId, ResultsFilter filter, Viewer viewer) {
        return ResultsCalculator.results(data(campaignId), filter, viewer);
    }

    public Needs needs(long campaignId, ResultsFilter filter, Viewer viewer) {
        CampaignResults data = data(campaignId);
        List<Row> scored = ResultsCalculator.scored(data, filter, viewer);
        return NeedsCalculator.needs(data, filter, viewer, scored, needsIndex.actions(data.questionnaire(), scored));
    }

    public Evolution evolution(long campaignId, long fromCampaignId, ResultsFilter filter, Viewer viewer) {
        if (campaignId == fromCampaignId) {
            throw new InvalidInputException("invalid-evolution", "Invalid comparison",
                    "An evolution compares two different campaigns.",
                    List.of(Map.of("field", "from", "message", "must be another campaign than " + campaignId)));
        }
        CampaignResults to = data(campaignId);
        CampaignResults from = repository.campaign(fromCampaignId).orElseThrow(() -> new InvalidInputException(
                "invalid-evolution", "Invalid comparison", "No campaign " + fromCampaignId + " to compare with.",
                List.of(Map.of("field", "from", "message", "no campaign " + fromCampaignId))));
        return EvolutionCalculator.evolution(to, from, filter, viewer);
    }

    /**
     * Organisations × nodes of the diagnostics the viewer may read individually, in the filters' status scope, sorted
     * by a node's score (missing scores last) or by name, one page at a time.
     */
    public Heatmap heatmap(long campaignId, ResultsFilter filter, Viewer viewer, String sort, boolean descending,
            int page, int pageSize) {
        CampaignResults data = data(campaignId);
        Node sortNode = sort == null || SORT_NAME.equals(sort) ? null : data.node(sort);
        List<Row> rows = new ArrayList<>(data.rows().stream()
                .filter(r -> r.snapshotId() != null && filter.matches(r.profile()) && viewer.mayReadIndividually(r))
                .toList());
        Comparator<Row> byName = Comparator.comparing((Row r) -> r.organizationName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Row::diagnosticId);
        Comparator<Row> order;
        if (sortNode == null) {
            order = descending ? byName.reversed() : byName;
        } else {
            int index = sortNode.index();
            Comparator<Row> byScore = Comparator.comparingDouble(r -> r.scores()[index]);
            order = Comparator.comparing((Row r) -> !r.scored(index))
                    .thenComparing(descending ? byScore.reversed() : byScore).thenComparing(byName);
        }
        rows.sort(order);
        int from = Math.min(page * pageSize, rows.size());
        int to = Math.min(from + pageSize, rows.size());
        List<Heatmap.Column> columns = data.nodes().stream().map(n -> new Heatmap.Column(n.id(), n.type().key(),
                n.axisId(), n.title(viewer.language()))).toList();
        List<Heatmap.HeatRow> heatRows = rows.subList(from, to).stream().map(r -> new Heatmap.HeatRow(
                r.organizationId(), r.diagnosticId(), r.organizationName(), r.profile().type().apiName(),
                r.profile().departement(), data.nodes().stream().map(n -> new Heatmap.Cell(r.score(n.index()),
                        r.level(n.index()))).toList())).toList();
        return new Heatmap(CampaignRef.of(data.campaign()), filter.queryParameters(), columns, heatRows,
                sortNode == null ? SORT_NAME : sortNode.id(), descending, page, pageSize, rows.size());
    }

    /**
     * An organisation's scored diagnostics across campaigns (oldest campaign first) that the viewer may read
     * individually; not found when there is no such organisation or the viewer may read none of its diagnostics.
     */
    public OrganizationHistory history(long organizationId, Viewer viewer) {
        OrganizationInfo organization = organization(organizationId);
        List<OrganizationHistory.Entry> entries = new ArrayList<>();
        List<CampaignResults.CampaignInfo> campaigns = new ArrayList<>(repository.campaigns());
        java.util.Collections.reverse(campaigns);
        boolean readable = false;
        for (CampaignResults.CampaignInfo campaign : campaigns) {
            if (!organization.campaigns().contains(campaign.id())) {
                continue;
            }
            CampaignResults data = data(campaign.id());
            for (Row row : data.rows()) {
                if (row.organizationId() != organizationId || !viewer.mayReadIndividually(row)) {
                    continue;
                }
                readable = true;
                if (row.snapshotId() == null) {
                    continue;
                }
                List<OrganizationHistory.AxisScore> axes = data.nodes().stream()
                        .filter(n -> n.type() == NodeType.AXIS).map(n -> new OrganizationHistory.AxisScore(n.id(),
                                n.title(viewer.language()), row.score(n.index()), row.level(n.index())))
                        .toList();
                entries.add(new OrganizationHistory.Entry(row.diagnosticId(), CampaignRef.of(campaign),
                        row.profile().status().key(), row.profile().mode().key(),
                        row.validatedAt() != null ? row.validatedAt() : row.submittedAt(), row.score(0), row.level(0),
                        axes));
            }
        }
        if (!readable) {
            throw new ResourceNotFoundException("No organisation " + organizationId + ".");
        }
        return new OrganizationHistory(organizationId, organization.name(), entries);
    }

    record OrganizationInfo(String name, List<Long> campaigns) {
    }

    @Transactional
    OrganizationInfo organization(long organizationId) {
        Organization o = em.find(Organization.class, organizationId);
        if (o == null) {
            throw new ResourceNotFoundException("No organisation " + organizationId + ".");
        }
        List<Long> campaigns = em.createQuery("select d.campaignId from Diagnostic d where d.organizationId = :o",
                Long.class).setParameter("o", organizationId).getResultList();
        return new OrganizationInfo(o.name, campaigns);
    }

    /**
     * The levels of a campaign's questionnaire, lowest first, with their labels in a language: what a page needs to
     * word the level ids of {@link #heatmap} and {@link #history}.
     */
    public List<Results.LevelRef> levels(long campaignId, String language) {
        return ResultsCalculator.levels(data(campaignId), "en".equals(language) ? "en" : "fr");
    }

    /**
     * A campaign's results computed on data already read ({@link #data(long)}), so that several figures of one
     * output (the open data package) come from one consistent reading.
     */
    public Results results(CampaignResults data, ResultsFilter filter, Viewer viewer) {
        return ResultsCalculator.results(data, filter, viewer);
    }

    /**
     * A campaign's support needs computed on data already read ({@link #data(long)}), as
     * {@link #needs(long, ResultsFilter, Viewer)}.
     */
    public Needs needs(CampaignResults data, ResultsFilter filter, Viewer viewer) {
        List<Row> scored = ResultsCalculator.scored(data, filter, viewer);
        return NeedsCalculator.needs(data, filter, viewer, scored, needsIndex.actions(data.questionnaire(), scored));
    }
}
