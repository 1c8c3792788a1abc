package org.odmaturity.comparison.pdf;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.odmaturity.comparison.Evolution;
import org.odmaturity.comparison.Needs;
import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.Results.Count;
import org.odmaturity.comparison.Results.DepartementFigure;
import org.odmaturity.comparison.Results.Distribution;
import org.odmaturity.comparison.Results.LevelRef;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.geo.DepartementMap;
import org.odmaturity.comparison.pdf.SynthesisReport.ActionLine;
import org.odmaturity.comparison.pdf.SynthesisReport.AreaLine;
import org.odmaturity.comparison.pdf.SynthesisReport.ChangeLine;
import org.odmaturity.comparison.pdf.SynthesisReport.DistributionLine;
import org.odmaturity.comparison.pdf.SynthesisReport.Line;
import org.odmaturity.comparison.pdf.SynthesisReport.WeakThemeLine;
import org.odmaturity.i18n.Labels;

/**
 * Turns a campaign's results, support needs and (optionally) evolution — computed for the public audience — into the
 * {@link SynthesisReport} the PDF prints. Plain Java: no container, unit-tested directly.
 *
 * <p>On top of the anonymity rule the results already carry, every participation count below the minimum group size
 * (zero included) is printed as "moins de 5 organisations": a reader can then not tell "none" from "a few", and a
 * segment whose organisations the rule left out never reads 0.</p>
 */
public final class SynthesisReportAssembler {

    /** How many of the most frequent actions the report lists. */
    public static final int TOP_ACTIONS = 10;
    /** How many of the weakest themes the report lists. */
    public static final int WEAKEST_THEMES = 5;
    /** Width of the map drawing before it is fitted into the page (its units are arbitrary). */
    static final double MAP_WIDTH = 1000;

    private SynthesisReportAssembler() {
    }

    /** A maturity level of the questionnaire and the score from which it is reached. */
    record LevelLine(String label, double threshold) {
    }

    /**
     * What the report is made of.
     *
     * @param results            the campaign's results for the public audience (anonymity rule applied)
     * @param needs              its support needs, same filters and audience
     * @param evolution          its evolution from an earlier campaign, or null
     * @param questionnaireTitle the title of the campaign's questionnaire in the report's language, or null
     * @param mapDepartements    the départements the map always draws (the partnership's region)
     */
    public record Inputs(Results results, Needs needs, Evolution evolution, ResultsFilter filter,
            String questionnaireTitle, List<String> mapDepartements) {

        public Inputs {
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(needs, "needs");
            Objects.requireNonNull(filter, "filter");
            mapDepartements = List.copyOf(mapDepartements);
        }
    }

    /**
     * @param language {@code fr} or {@code en} (anything else: French)
     * @param today    the date printed on the cover
     * @throws IllegalArgumentException when the results were not computed under the anonymity rule: the synthesis
     *                                  goes to elected officials and partners
     */
    public static SynthesisReport assemble(Inputs in, String language, LocalDate today) {
        Results results = in.results();
        if (!results.anonymity().applied() || !in.needs().anonymity().applied()
                || in.evolution() != null && !in.evolution().anonymity().applied()) {
            throw new IllegalArgumentException("The synthesis is a public document: its figures must be computed "
                    + "under the anonymity rule (ComparisonService.publicViewer).");
        }
        String lang = "en".equals(language) ? "en" : "fr";
        Locale locale = SynthesisPdfRenderer.locale(lang);
        ResourceBundle texts = SynthesisPdfRenderer.labels(locale);
        int minimum = results.anonymity().minimumGroupSize();
        ResultsFilter filter = in.filter();
        DepartementMap geo = DepartementMap.get();

        Results.Participation p = results.participation();
        List<Line> byType = segments(p.byType(), filter.type() == null ? null : filter.type().apiName(), minimum);
        List<Line> byBand = segments(p.byBand(), filter.band() == null ? null : filter.band().key(), minimum);
        List<Line> byDepartement = departements(p.byDepartement(), in.mapDepartements(), filter, geo, minimum);

        List<LevelRef> levelRefs = results.levels();
        Map<String, String> levelLabels = new LinkedHashMap<>();
        levelRefs.forEach(l -> levelLabels.put(l.id(), l.label()));
        List<LevelLine> levels = levelRefs.stream().map(l -> new LevelLine(l.label(), l.threshold())).toList();
        Map<String, String> axisTitles = new HashMap<>();
        results.distributions().stream().filter(d -> "axis".equals(d.nodeType()))
                .forEach(d -> axisTitles.put(d.nodeId(), d.title()));
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        List<DistributionLine> distributions = new ArrayList<>();
        List<DistributionLine> themes = new ArrayList<>();
        List<LevelBarsPicture.Bar> bars = new ArrayList<>();
        for (Distribution d : results.distributions()) {
            boolean theme = "theme".equals(d.nodeType());
            String summary = d.shown() ? d.levels().stream()
                    .map(c -> levelLabels.getOrDefault(c.level(), c.level()) + " " + integers.format(c.count()))
                    .collect(Collectors.joining(" · ")) : null;
            DistributionLine line = new DistributionLine(d.title(), theme ? axisTitles.get(d.axisId()) : null,
                    "overall".equals(d.nodeType()), d.shown(), d.count(), d.mean(), d.q1(), d.median(), d.q3(),
                    summary);
            (theme ? themes : distributions).add(line);
            if (!theme && d.shown() && !d.levels().isEmpty()) {
                bars.add(new LevelBarsPicture.Bar(d.title(), "overall".equals(d.nodeType()),
                        d.levels().stream().map(Results.LevelCount::count).toList()));
            }
        }
        LevelBarsPicture levelBars = bars.isEmpty() ? null
                : new LevelBarsPicture(bars, levelRefs.stream().map(LevelRef::label).toList(),
                        texts.getString("distributions.scale"), locale);

        MapPart map = map(results, in.mapDepartements(), levels, geo, texts, locale, minimum);

        Needs needs = in.needs();
        List<ActionLine> actions = new ArrayList<>();
        for (Needs.Action a : needs.actions()) {
            if (actions.size() == TOP_ACTIONS) {
                break;
            }
            actions.add(new ActionLine(actions.size() + 1, a.text(), a.axisTitle(), a.themeTitle(), a.effortLabel(),
                    a.horizonLabel(), a.organizations(), a.share()));
        }
        List<WeakThemeLine> weakThemes = needs.themes().stream().limit(WEAKEST_THEMES)
                .map(t -> new WeakThemeLine(t.title(), t.axisTitle(), t.count(), t.mean(), t.median(), t.lowestLevel()))
                .toList();

        Evolution evolution = in.evolution();
        List<ChangeLine> changes = new ArrayList<>();
        List<Line> transitions = new ArrayList<>();
        if (evolution != null) {
            for (Evolution.NodeChange c : evolution.changes()) {
                if (!"theme".equals(c.nodeType())) {
                    changes.add(new ChangeLine(c.title(), "overall".equals(c.nodeType()), c.count(), c.fromMean(),
                            c.toMean(), c.meanChange(), c.improved(), c.unchanged(), c.declined()));
                }
            }
            for (Evolution.Transition t : evolution.transitions()) {
                if (t.count() > 0) {
                    transitions.add(Line.count(t.fromLabel() + " → " + t.toLabel(), t.count()));
                }
            }
        }

        MessageFormat startsAt = new MessageFormat(texts.getString("method.levels.from"), locale);
        List<Line> levelGuide = levels.stream()
                .map(l -> Line.text(l.label(), startsAt.format(new Object[] { l.threshold() }))).toList();
        Results.CampaignRef campaign = results.campaign();
        return new SynthesisReport(lang, campaign.name(), campaign.year(), in.questionnaireTitle(),
                campaign.questionnaireId(), campaign.questionnaireVersion(), today,
                filters(filter, texts, lang, geo), filter.status().label(lang), minimum,
                atLeast(p.invited(), minimum), atLeast(p.started(), minimum), atLeast(p.submitted(), minimum),
                atLeast(p.validated(), minimum), byType, byBand, byDepartement, distributions, levelBars, themes,
                levelGuide, map.byScore(), map.picture(), map.areas(), DepartementMap.ATTRIBUTION, needs.diagnostics(),
                actions, weakThemes, levelRefs.isEmpty() ? null : levelRefs.get(0).label(), evolution != null,
                evolution == null ? null : evolution.from().name(),
                evolution == null ? null : evolution.from().year(), evolution == null ? null : evolution.pairs(),
                changes, transitions);
    }

    /** A participation count, or null ("moins de 5 organisations") below the minimum. */
    static Integer atLeast(int count, int minimum) {
        return count >= minimum ? count : null;
    }

    /**
     * One line per category (every category of the kind, or only the filtered one), its count hidden below the
     * minimum.
     */
    static List<Line> segments(List<Count> counts, String filtered, int minimum) {
        return counts.stream().filter(c -> filtered == null || filtered.equals(c.key()))
                .map(c -> Line.count(c.label(), atLeast(c.count(), minimum))).toList();
    }

    /**
     * The départements of the map and those with counted participants (or only the filtered one), by code, named
     * when their name is known.
     */
    static List<Line> departements(List<Count> counts, List<String> mapDepartements, ResultsFilter filter,
            DepartementMap geo, int minimum) {
        Map<String, Integer> byCode = new HashMap<>();
        counts.forEach(c -> byCode.put(c.key(), c.count()));
        TreeSet<String> codes = new TreeSet<>();
        if (filter.departement() != null) {
            codes.add(filter.departement());
        } else {
            codes.addAll(mapDepartements);
            codes.addAll(byCode.keySet());
        }
        return codes.stream().map(code -> Line.count(departementLabel(code, geo),
                atLeast(byCode.getOrDefault(code, 0), minimum))).toList();
    }

    static String departementLabel(String code, DepartementMap geo) {
        return geo.name(code).map(name -> code + " – " + name).orElse(code);
    }

    private static List<Line> filters(ResultsFilter filter, ResourceBundle texts, String lang, DepartementMap geo) {
        Labels labels = Labels.of(lang);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.text(texts.getString("filter.status"), filter.status().label(lang)));
        lines.add(Line.text(texts.getString("filter.mode"), filter.mode() == null ? texts.getString("filter.all.f")
                : labels.label("diagnostic.mode", filter.mode())));
        lines.add(Line.text(texts.getString("filter.type"), filter.type() == null ? texts.getString("filter.all.m")
                : filter.type().label(lang)));
        lines.add(Line.text(texts.getString("filter.departement"), filter.departement() == null
                ? texts.getString("filter.all.m") : departementLabel(filter.departement(), geo)));
        lines.add(Line.text(texts.getString("filter.band"), filter.band() == null ? texts.getString("filter.all.f")
                : filter.band().label(lang)));
        return lines;
    }

    record MapPart(boolean byScore, DepartementMapPicture picture, List<AreaLine> areas) {
    }

    /**
     * The map: coloured by the mean overall score when at least one département shows one (classes: the
     * questionnaire's levels), else by participation (classes from the minimum group size); hidden or missing
     * figures hatched.
     */
    static MapPart map(Results results, List<String> mapDepartements, List<LevelLine> levels, DepartementMap geo,
            ResourceBundle texts, Locale locale, int minimum) {
        Map<String, DepartementFigure> figures = new HashMap<>();
        results.departements().forEach(f -> figures.put(f.code(), f));
        TreeSet<String> codes = new TreeSet<>(mapDepartements);
        codes.addAll(figures.keySet());
        boolean byScore = !levels.isEmpty()
                && results.departements().stream().anyMatch(f -> f.shown() && f.meanScore() != null);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        String hidden = MessageFormat.format(texts.getString("hidden"), minimum);

        List<String> classLabels = new ArrayList<>();
        if (byScore) {
            for (int i = 0; i < levels.size(); i++) {
                LevelLine level = levels.get(i);
                classLabels.add(i + 1 < levels.size()
                        ? new MessageFormat(texts.getString("map.class.score"), locale).format(new Object[] {
                                level.label(), numbers.format(level.threshold()),
                                numbers.format(levels.get(i + 1).threshold()) })
                        : new MessageFormat(texts.getString("map.class.score.last"), locale).format(new Object[] {
                                level.label(), numbers.format(level.threshold()) }));
            }
        } else {
            int[] bounds = participationBounds(minimum);
            for (int i = 0; i < bounds.length; i++) {
                classLabels.add(i + 1 < bounds.length
                        ? new MessageFormat(texts.getString("map.class.count"), locale).format(new Object[] {
                                bounds[i], bounds[i + 1] - 1 })
                        : new MessageFormat(texts.getString("map.class.count.last"), locale).format(new Object[] {
                                bounds[i] }));
            }
        }

        List<AreaLine> areas = new ArrayList<>();
        Map<String, Integer> classes = new HashMap<>();
        for (String code : codes) {
            DepartementFigure figure = figures.get(code);
            Double score = byScore && figure != null && figure.shown() ? figure.meanScore() : null;
            Integer count = atLeast(figure == null ? 0 : figure.participants(), minimum);
            int index = byScore ? (score == null ? -1 : scoreClass(score, levels))
                    : (count == null ? -1 : countClass(count, participationBounds(minimum)));
            classes.put(code, index);
            areas.add(new AreaLine(code, geo.name(code).orElse(null), score, count,
                    index < 0 ? null : byScore ? levels.get(index).label() : classLabels.get(index),
                    geo.shape(code).isPresent()));
        }

        DepartementMap.Drawing drawing = geo.draw(codes, MAP_WIDTH, 8);
        if (drawing.outlines().isEmpty()) {
            return new MapPart(byScore, null, areas);
        }
        List<DepartementMapPicture.Area> drawn = drawing.outlines().stream()
                .map(o -> new DepartementMapPicture.Area(o.code(), o.rings(), o.labelX(), o.labelY(),
                        classes.getOrDefault(o.code(), -1)))
                .toList();
        List<DepartementMapPicture.LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < classLabels.size(); i++) {
            legend.add(new DepartementMapPicture.LegendEntry(i, classLabels.get(i)));
        }
        legend.add(new DepartementMapPicture.LegendEntry(-1, hidden));
        return new MapPart(byScore, new DepartementMapPicture(drawing, drawn, classLabels.size(), legend, locale),
                areas);
    }

    /** The lower bounds of the participation classes: m, 2m, 4m, 10m for a minimum group size m. */
    static int[] participationBounds(int minimum) {
        int m = Math.max(1, minimum);
        return new int[] { m, 2 * m, 4 * m, 10 * m };
    }

    /** The index of the level a score reaches (the last threshold at or below it). */
    static int scoreClass(double score, List<LevelLine> levels) {
        int index = 0;
        for (int i = 0; i < levels.size(); i++) {
            if (score >= levels.get(i).threshold()) {
                index = i;
            }
        }
        return index;
    }

    static int countClass(int count, int[] bounds) {
        int index = 0;
        for (int i = 0; i < bounds.length; i++) {
            if (count >= bounds[i]) {
                index = i;
            }
        }
        return index;
    }
}
