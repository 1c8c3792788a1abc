package org.odmaturity.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.Evolution.NodeChange;
import org.odmaturity.comparison.Evolution.Transition;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.questionnaire.model.Level;

/**
 * Evolution between two campaigns over the organisations scored in both (pairs), in plain Java.
 *
 * <p>The anonymity rule for pairs (docs/comparison.md): a pair counts only if both its diagnostics count in their own
 * campaign (shared profiles), if at least the minimum number of pairs share its profile in both campaigns, and if, for
 * every profile of either campaign, the organisations of that profile that are <em>not</em> counted as pairs are none
 * or at least the minimum — otherwise the difference between a campaign's results and its paired results would single
 * them out. Pairs are dropped by whole profiles until all three hold.
 */
public final class EvolutionCalculator {

    static final double UNCHANGED = 0.05;

    private EvolutionCalculator() {
    }

    record Pair(Row from, Row to) {
        PairKey key() {
            return new PairKey(to.profile(), from.profile().status(), from.profile().mode());
        }
    }

    record PairKey(Profile to, DiagnosticStatus fromStatus, DiagnosticMode fromMode) {
    }

    public static Evolution evolution(CampaignResults to, CampaignResults from, ResultsFilter filter, Viewer viewer) {
        List<Pair> pairs = pairs(to, from, filter, viewer);
        List<NodeChange> changes = new ArrayList<>();
        Map<String, Node> fromNodes = new HashMap<>();
        from.nodes().forEach(n -> fromNodes.put(n.id(), n));
        for (Node node : to.nodes()) {
            Node earlier = fromNodes.get(node.id());
            if (earlier == null || earlier.type() != node.type()) {
                continue;
            }
            changes.add(change(node, earlier, pairs, viewer));
        }
        boolean anyShown = !viewer.anonymised() || pairs.size() >= viewer.minimumGroupSize();
        return new Evolution(CampaignRef.of(to.campaign()), CampaignRef.of(from.campaign()), filter.queryParameters(),
                ResultsCalculator.note(viewer), anyShown ? pairs.size() : null, changes,
                anyShown ? transitions(to, from, pairs, viewer.language()) : List.of());
    }

    /** The counted pairs: filters apply to this campaign's diagnostic, the status scope to both. */
    static List<Pair> pairs(CampaignResults to, CampaignResults from, ResultsFilter filter, Viewer viewer) {
        Map<Long, Row> earlier = new HashMap<>();
        for (Row row : from.rows()) {
            if (row.snapshotId() != null && filter.status().includes(row.profile().status())
                    && (!viewer.anonymised() || from.sharedProfile(row, viewer.minimumGroupSize()))) {
                earlier.put(row.organizationId(), row);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Row row : ResultsCalculator.scored(to, filter, viewer)) {
            Row before = earlier.get(row.organizationId());
            if (before != null) {
                pairs.add(new Pair(before, row));
            }
        }
        if (!viewer.anonymised()) {
            return pairs;
        }
        return protect(pairs, to, from, viewer.minimumGroupSize());
    }

    /** Drops pairs by whole groups until the three conditions of the rule hold (only ever removes, so it ends). */
    static List<Pair> protect(List<Pair> candidates, CampaignResults to, CampaignResults from, int minimum) {
        Map<PairKey, Integer> sizes = new HashMap<>();
        candidates.forEach(p -> sizes.merge(p.key(), 1, Integer::sum));
        List<Pair> kept = new ArrayList<>(candidates.stream().filter(p -> sizes.get(p.key()) >= minimum).toList());
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<Profile, Integer> pairedTo = new HashMap<>();
            Map<Profile, Integer> pairedFrom = new HashMap<>();
            for (Pair p : kept) {
                pairedTo.merge(p.to().profile(), 1, Integer::sum);
                pairedFrom.merge(p.from().profile(), 1, Integer::sum);
            }
            Set<Profile> badTo = new HashSet<>();
            pairedTo.forEach((profile, n) -> {
                int rest = to.profileSizes().getOrDefault(profile, 0) - n;
                if (rest > 0 && rest < minimum) {
                    badTo.add(profile);
                }
            });
            Set<Profile> badFrom = new HashSet<>();
            pairedFrom.forEach((profile, n) -> {
                int rest = from.profileSizes().getOrDefault(profile, 0) - n;
                if (rest > 0 && rest < minimum) {
                    badFrom.add(profile);
                }
            });
            if (!badTo.isEmpty() || !badFrom.isEmpty()) {
                kept.removeIf(p -> badTo.contains(p.to().profile()) || badFrom.contains(p.from().profile()));
                changed = true;
            }
        }
        return kept;
    }

    private static NodeChange change(Node node, Node earlier, List<Pair> pairs, Viewer viewer) {
        List<double[]> values = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.from().scored(earlier.index()) && p.to().scored(node.index())) {
                values.add(new double[] { p.from().scores()[earlier.index()], p.to().scores()[node.index()] });
            }
        }
        String title = node.title(viewer.language());
        if (viewer.anonymised() && values.size() < viewer.minimumGroupSize()) {
            return new NodeChange(node.id(), node.type().key(), node.axisId(), title, null, null, null, null, null,
                    null, null);
        }
        int improved = 0;
        int declined = 0;
        double[] before = new double[values.size()];
        double[] after = new double[values.size()];
        double[] delta = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
            before[i] = values.get(i)[0];
            after[i] = values.get(i)[1];
            delta[i] = after[i] - before[i];
            improved += delta[i] > UNCHANGED ? 1 : 0;
            declined += delta[i] < -UNCHANGED ? 1 : 0;
        }
        return new NodeChange(node.id(), node.type().key(), node.axisId(), title, values.size(),
                Statistics.of(before).mean(), Statistics.of(after).mean(), Statistics.of(delta).mean(), improved,
                values.size() - improved - declined, declined);
    }

    private static List<Transition> transitions(CampaignResults to, CampaignResults from, List<Pair> pairs,
            String language) {
        Map<String, String> fromLabels = labels(from, language);
        Map<String, String> toLabels = labels(to, language);
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (String f : fromLabels.keySet()) {
            for (String t : toLabels.keySet()) {
                counts.put(List.of(f, t), 0);
            }
        }
        for (Pair p : pairs) {
            String f = p.from().level(0);
            String t = p.to().level(0);
            if (f != null && t != null) {
                counts.merge(List.of(f, t), 1, Integer::sum);
            }
        }
        List<Transition> transitions = new ArrayList<>();
        counts.forEach((k, n) -> transitions.add(new Transition(k.get(0),
                Objects.requireNonNullElse(fromLabels.get(k.get(0)), k.get(0)), k.get(1),
                Objects.requireNonNullElse(toLabels.get(k.get(1)), k.get(1)), n)));
        return transitions;
    }

    private static Map<String, String> labels(CampaignResults results, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (results.questionnaire() != null) {
            for (Level level : results.questionnaire().levels()) {
                labels.put(level.id(), level.label().in(language, "fr"));
            }
        }
        return labels;
    }
}
