package org.odmaturity.comparison;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * Everything the comparisons read about one campaign, in memory: one row per diagnostic (drafts included, for
 * participation) with its organisation's profile and, when it was submitted or validated, the scores of its latest
 * snapshot by node. Immutable; built by {@link ResultsRepository} and replaced when the campaign's data changes. The
 * aggregates are computed from it in plain Java ({@link ResultsCalculator}).
 *
 * @param profileSizes how many diagnostics of the campaign share each profile: the anonymity rule's groups
 * @param fingerprint what the data looked like when read: the repository reloads when it differs
 */
public record CampaignResults(CampaignInfo campaign, Questionnaire questionnaire, List<Node> nodes, List<Row> rows,
        Map<Profile, Integer> profileSizes, String fingerprint) {

    public CampaignResults {
        nodes = List.copyOf(nodes);
        rows = List.copyOf(rows);
        profileSizes = Map.copyOf(profileSizes);
    }

    public static CampaignResults of(CampaignInfo campaign, Questionnaire questionnaire, List<Node> nodes,
            List<Row> rows, String fingerprint) {
        Map<Profile, Integer> sizes = new HashMap<>();
        for (Row row : rows) {
            sizes.merge(row.profile(), 1, Integer::sum);
        }
        return new CampaignResults(campaign, questionnaire, nodes, rows, sizes, fingerprint);
    }

    /** The campaign and the questionnaire version it pins. */
    public record CampaignInfo(long id, String name, int year, CampaignStatus status, String questionnaireId,
            int questionnaireVersion) {
    }

    public enum NodeType {
        OVERALL, AXIS, THEME;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A scored node of the questionnaire: the overall score (index 0), then each axis followed by its themes, in
     * document order.
     */
    public record Node(int index, NodeType type, String id, String axisId, LocalizedText title) {

        public String title(String language) {
            return title.in(language, "fr");
        }
    }

    /**
     * A diagnostic of the campaign.
     *
     * @param started    whether anything is answered (submitted and validated ones always are)
     * @param snapshotId the latest score snapshot, null for a diagnostic never submitted
     * @param scores     by node index, {@code NaN} where there is no score (no snapshot, or nothing to score)
     * @param levels     by node index, null where there is no level
     */
    public record Row(long diagnosticId, long organizationId, String organizationName, String siren, Profile profile,
            Integer population, Long facilitatorId, boolean started, Instant createdAt, Instant submittedAt,
            Instant validatedAt, Long snapshotId, double[] scores, String[] levels) {

        public boolean scored(int node) {
            return scores != null && !Double.isNaN(scores[node]);
        }

        public Double score(int node) {
            return scored(node) ? scores[node] : null;
        }

        public String level(int node) {
            return levels == null ? null : levels[node];
        }
    }

    /** Whether at least {@code minimum} diagnostics of the campaign share this row's profile (the anonymity rule). */
    public boolean sharedProfile(Row row, int minimum) {
        return profileSizes.getOrDefault(row.profile(), 0) >= minimum;
    }

    public Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }
}
