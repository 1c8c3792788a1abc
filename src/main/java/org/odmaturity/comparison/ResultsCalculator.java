package org.odmaturity.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.Results.AnonymityNote;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.comparison.Results.Count;
import org.odmaturity.comparison.Results.DepartementFigure;
import org.odmaturity.comparison.Results.Distribution;
import org.odmaturity.comparison.Results.LevelCount;
import org.odmaturity.comparison.Results.LevelRef;
import org.odmaturity.comparison.Results.Participation;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * The aggregates of a campaign's results, in plain Java over a {@link CampaignResults}: which rows count for a viewer
 * and a filter (the anonymity rule), participation, distributions, départements. See docs/comparison.md.
 */
public final class ResultsCalculator {

    private ResultsCalculator() {
    }

    /**
     * The rows that count in a viewer's aggregates, drafts included, before the status scope: for the anonymity rule,
     * only rows whose profile is shared by at least the minimum number of the campaign's diagnostics. Every filter
     * combination selects whole profiles, so every figure — and every difference between two figures — is over whole
     * groups of at least the minimum, or over none.
     */
    public static List<Row> counted(CampaignResults results, ResultsFilter filter, Viewer viewer) {
        List<Row> rows = new ArrayList<>();
        for (Row row : results.rows()) {
            if (filter.matchesIgnoringStatus(row.profile())
                    && (!viewer.anonymised() || results.sharedProfile(row, viewer.minimumGroupSize()))) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The counted rows in the status scope that have a snapshot: what scores are aggregated over. */
    public static List<Row> scored(CampaignResults results, ResultsFilter filter, Viewer viewer) {
        return inScope(counted(results, filter, viewer), filter);
    }

    private static List<Row> inScope(List<Row> counted, ResultsFilter filter) {
        List<Row> scored = new ArrayList<>(counted.size());
        for (Row row : counted) {
            if (row.snapshotId() != null && filter.status().includes(row.profile().status())) {
                scored.add(row);
            }
        }
        return Collections.unmodifiableList(scored);
    }

    public static Results results(CampaignResults results, ResultsFilter filter, Viewer viewer) {
        List<Row> counted = counted(results, filter, viewer);
        List<Row> scored = inScope(counted, filter);
        List<Distribution> distributions = new ArrayList<>();
        for (Node node : results.nodes()) {
            distributions.add(distribution(results, node, scored, viewer));
        }
        return new Results(CampaignRef.of(results.campaign()), filter.queryParameters(), note(viewer),
                participation(counted, viewer.language()), levels(results, viewer.language()), distributions,
                departements(counted, scored, viewer));
    }

    static AnonymityNote note(Viewer viewer) {
        return new AnonymityNote(viewer.anonymised(), viewer.minimumGroupSize());
    }

    static List<LevelRef> levels(CampaignResults results, String language) {
        if (results.questionnaire() == null) {
            return List.of();
        }
        Questionnaire q = results.questionnaire();
        return q.levels().stream()
                .map(l -> new LevelRef(l.id(), l.label().in(language, "fr"), comparedThreshold(q, l.threshold())))
                .toList();
    }

    /**
     * A level's threshold as comparisons read it, against percentages: as it is, or, when the questionnaire's results
     * read in points (docs/scoring.md, section 7.2), its share of the questionnaire's total in percent (one decimal).
     */
    static double comparedThreshold(Questionnaire q, double threshold) {
        if (!q.inPoints() || q.totalPoints() <= 0) {
            return threshold;
        }
        return java.math.BigDecimal.valueOf(threshold * 100 / q.totalPoints())
                .setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** The distribution of one node's scores over some rows (those without a score for it are left out). */
    public static Distribution distribution(CampaignResults results, Node node, List<Row> rows, Viewer viewer) {
        int index = node.index();
        double[] scored = new double[rows.size()];
        int count = 0;
        for (Row row : rows) {
            if (row.scored(index)) {
                scored[count++] = row.scores()[index];
            }
        }
        boolean shown = !viewer.anonymised() || count >= viewer.minimumGroupSize();
        String title = node.title(viewer.language());
        if (!shown) {
            return new Distribution(node.id(), node.type().key(), node.axisId(), title, null, false, null, null, null,
                    null, null, null, List.of());
        }
        Statistics s = Statistics.of(count == scored.length ? scored : Arrays.copyOf(scored, count));
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        if (results.questionnaire() != null) {
            for (Level level : results.questionnaire().levels()) {
                byLevel.put(level.id(), 0);
            }
        }
        for (Row row : rows) {
            String level = row.level(index);
            if (level != null && row.scored(index)) {
                byLevel.merge(level, 1, Integer::sum);
            }
        }
        List<LevelCount> levels = new ArrayList<>(byLevel.size());
        byLevel.forEach((level, n) -> levels.add(new LevelCount(level, n)));
        return new Distribution(node.id(), node.type().key(), node.axisId(), title, s.count(), true, s.mean(), s.min(),
                s.q1(), s.median(), s.q3(), s.max(), List.copyOf(levels));
    }

    static Participation participation(List<Row> counted, String language) {
        Labels labels = Labels.of(language);
        int started = 0;
        int submitted = 0;
        int validated = 0;
        for (Row row : counted) {
            started += row.started() ? 1 : 0;
            submitted += row.profile().status() != DiagnosticStatus.DRAFT ? 1 : 0;
            validated += row.profile().status() == DiagnosticStatus.VALIDATED ? 1 : 0;
        }
        List<Count> byStatus = byEnum(counted, DiagnosticStatus.class, r -> r.profile().status(), DiagnosticStatus::key,
                s -> labels.label("diagnostic.status", s));
        List<Count> byMode = byEnum(counted, DiagnosticMode.class, r -> r.profile().mode(), DiagnosticMode::key,
                m -> labels.label("diagnostic.mode", m));
        List<Count> byType = byEnum(counted, OrganizationType.class, r -> r.profile().type(),
                OrganizationType::apiName, t -> labels.label("organization.type", t));
        List<Count> byBand = byEnum(counted, PopulationBand.class, r -> r.profile().band(), PopulationBand::key,
                b -> labels.label("population.band", b));
        Map<String, Integer> departements = new TreeMap<>();
        for (Row row : counted) {
            if (row.profile().departement() != null) {
                departements.merge(row.profile().departement(), 1, Integer::sum);
            }
        }
        List<Count> byDepartement = departements.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getKey(), e.getValue())).toList();
        return new Participation(counted.size(), started, submitted, validated, byStatus, byMode, byType, byBand,
                byDepartement);
    }

    private static <E extends Enum<E>> List<Count> byEnum(List<Row> rows, Class<E> type, Function<Row, E> of,
            Function<E, String> key, Function<E, String> label) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        for (Row row : rows) {
            counts.merge(of.apply(row), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new Count(key.apply(e.getKey()), label.apply(e.getKey()),
                e.getValue())).toList();
    }

    static List<DepartementFigure> departements(List<Row> counted, List<Row> scored, Viewer viewer) {
        Map<String, Integer> participants = new TreeMap<>();
        for (Row row : counted) {
            if (row.profile().departement() != null) {
                participants.merge(row.profile().departement(), 1, Integer::sum);
            }
        }
        Map<String, List<Double>> scores = new TreeMap<>();
        for (Row row : scored) {
            if (row.profile().departement() != null && row.scored(0)) {
                scores.computeIfAbsent(row.profile().departement(), k -> new ArrayList<>()).add(row.scores()[0]);
            }
        }
        List<DepartementFigure> figures = new ArrayList<>();
        for (Map.Entry<String, Integer> e : participants.entrySet()) {
            double[] values = scores.getOrDefault(e.getKey(), List.of()).stream().mapToDouble(Double::doubleValue)
                    .toArray();
            boolean shown = values.length > 0 && (!viewer.anonymised() || values.length >= viewer.minimumGroupSize());
            figures.add(new DepartementFigure(e.getKey(), e.getValue(), values.length, shown,
                    shown ? Statistics.of(values).mean() : null));
        }
        return figures;
    }
}
