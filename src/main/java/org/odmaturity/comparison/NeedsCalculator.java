package org.odmaturity.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.NodeType;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.NeedsIndex.ActionRef;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.i18n.Labels;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.Theme;

/** Support needs over the counted diagnostics, in plain Java: frequent actions and weak themes. */
public final class NeedsCalculator {

    private NeedsCalculator() {
    }

    /**
     * @param scored  the counted scored rows (already filtered and, for the anonymity rule, restricted)
     * @param actions the actions of each row's plan, by diagnostic id
     */
    public static Needs needs(CampaignResults results, ResultsFilter filter, Viewer viewer, List<Row> scored,
            Map<Long, List<ActionRef>> actions) {
        boolean shown = !viewer.anonymised() || scored.size() >= viewer.minimumGroupSize();
        if (!shown || results.questionnaire() == null) {
            return new Needs(CampaignRef.of(results.campaign()), filter.queryParameters(),
                    ResultsCalculator.note(viewer), shown ? scored.size() : null, List.of(), List.of());
        }
        return new Needs(CampaignRef.of(results.campaign()), filter.queryParameters(), ResultsCalculator.note(viewer),
                scored.size(), actions(results.questionnaire(), scored, actions, viewer.language()),
                themes(results, scored, viewer));
    }

    private static List<Needs.Action> actions(Questionnaire q, List<Row> scored, Map<Long, List<ActionRef>> actions,
            String language) {
        Map<ActionRef, int[]> counts = new LinkedHashMap<>();
        for (Row row : scored) {
            for (ActionRef action : actions.getOrDefault(row.diagnosticId(), List.of())) {
                int[] count = counts.get(action);
                if (count == null) {
                    counts.put(action, new int[] { 1 });
                } else {
                    count[0]++;
                }
            }
        }
        Map<String, Integer> documentOrder = new HashMap<>();
        q.questions().forEach(question -> documentOrder.put(question.id(), documentOrder.size()));
        Labels labels = Labels.of(language);
        List<Needs.Action> list = new ArrayList<>();
        for (Map.Entry<ActionRef, int[]> e : counts.entrySet()) {
            ActionRef ref = e.getKey();
            int organizations = e.getValue()[0];
            Optional<Question> question = q.question(ref.questionId());
            Optional<Recommendation> recommendation = question.flatMap(x -> recommendation(x, ref.source()));
            if (question.isEmpty() || recommendation.isEmpty()) {
                continue;
            }
            Axis axis = null;
            Theme theme = null;
            for (Axis a : q.axes()) {
                for (Theme t : a.themes()) {
                    if (t.questions().stream().anyMatch(x -> x.id().equals(ref.questionId()))) {
                        axis = a;
                        theme = t;
                    }
                }
            }
            Effort effort = recommendation.get().effort() == null ? Effort.MEDIUM : recommendation.get().effort();
            Horizon horizon = recommendation.get().horizon() == null ? Horizon.MEDIUM : recommendation.get().horizon();
            list.add(new Needs.Action(ref.questionId(), ref.source(), axis.id(), axis.title().in(language, "fr"),
                    theme.id(), theme.title().in(language, "fr"), recommendation.get().action().in(language, "fr"),
                    effort.name().toLowerCase(java.util.Locale.ROOT), labels.label("effort", effort),
                    horizon.name().toLowerCase(java.util.Locale.ROOT), labels.label("horizon", horizon), organizations,
                    Statistics.round(100.0 * organizations / scored.size())));
        }
        list.sort(Comparator.comparing((Needs.Action a) -> -a.organizations())
                .thenComparing(a -> Effort.valueOf(a.effort().toUpperCase(java.util.Locale.ROOT)))
                .thenComparing(a -> documentOrder.getOrDefault(a.questionId(), Integer.MAX_VALUE))
                .thenComparing(Needs.Action::source));
        return list;
    }

    /** The recommendation a plan action's source names: "option:<id>" or "question" (with "#<n>": the n-th). */
    static Optional<Recommendation> recommendation(Question question, String source) {
        return source == null ? Optional.ofNullable(question.recommendation())
                : org.odmaturity.plan.PlanGenerator.recommendationOf(question, source);
    }

    private static List<Needs.WeakTheme> themes(CampaignResults results, List<Row> scored, Viewer viewer) {
        String language = viewer.language();
        String lowest = results.questionnaire().levels().isEmpty() ? null
                : results.questionnaire().levels().get(0).id();
        List<Needs.WeakTheme> themes = new ArrayList<>();
        for (Node node : results.nodes()) {
            if (node.type() != NodeType.THEME) {
                continue;
            }
            int index = node.index();
            double[] found = new double[scored.size()];
            int count = 0;
            int atLowest = 0;
            for (Row row : scored) {
                if (row.scored(index)) {
                    found[count++] = row.scores()[index];
                    if (lowest != null && lowest.equals(row.level(index))) {
                        atLowest++;
                    }
                }
            }
            double[] values = count == found.length ? found : java.util.Arrays.copyOf(found, count);
            Node axis = results.node(node.axisId());
            Statistics s = Statistics.of(values);
            if (viewer.anonymised() && s.count() < viewer.minimumGroupSize()) {
                continue; // too few organisations scored this theme to show it
            }
            themes.add(new Needs.WeakTheme(node.id(), node.axisId(), axis == null ? null : axis.title(language),
                    node.title(language), s.count(), s.mean(), s.median(), atLowest));
        }
        themes.sort(Comparator.comparing((Needs.WeakTheme t) -> t.mean() == null ? Double.MAX_VALUE : t.mean()));
        return themes;
    }
}
