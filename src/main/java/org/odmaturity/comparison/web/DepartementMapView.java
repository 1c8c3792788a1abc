package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.Results.DepartementFigure;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.geo.DepartementMap;
import org.odmaturity.comparison.geo.DepartementMap.Drawing;
import org.odmaturity.comparison.geo.DepartementMap.Outline;
import org.odmaturity.comparison.web.DashboardViews.Choice;
import org.odmaturity.comparison.web.DashboardViews.Download;

/**
 * The overview's map of départements: an SVG drawn on the server from {@link DepartementMap} (the configured region
 * and every département of the campaign's organisations; overseas ones, which have no outline, listed under it),
 * each département coloured by a class of its mean overall score or of its number of diagnostics and its value
 * written on it; and the table of the same figures, which the CSV download repeats. Colours are CSS classes
 * ({@code band-0}…{@code band-4}, {@code hidden} hatched, {@code none}), never inline styles.
 */
public final class DepartementMapView {

    /** The drawing's width in SVG units (it scales to the page); the margin around the outlines. */
    static final double WIDTH = 600;
    static final double MARGIN = 8;
    /** Score classes are 20 points wide (0–20 … 80–100); participation has up to five classes too. */
    static final int CLASSES = 5;

    private DepartementMapView() {
    }

    /** What the map is coloured by: the query parameter {@code carte} (empty for the default, the mean score). */
    enum Measure {
        SCORE(""), PARTICIPATION("participation");

        private final String key;

        Measure(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        /** The measure a {@code carte} value names, empty when it names none (blank is the score). */
        static Optional<Measure> of(String value) {
            if (value == null || value.isBlank()) {
                return Optional.of(SCORE);
            }
            return value.equals(PARTICIPATION.key) ? Optional.of(PARTICIPATION) : Optional.empty();
        }

        String label(ResultsMsg m) {
            return this == SCORE ? m.map_measure_score() : m.map_measure_participation();
        }
    }

    /**
     * The map section.
     *
     * @param measures  the two ways of colouring it, as links keeping the filters (the current one marked)
     * @param shapes    the départements drawn
     * @param legend    the classes, each with its swatch's class and its range in words
     * @param rows      the table: every département drawn or listed, by code
     * @param offMap    the départements without an outline (overseas), listed under the map
     */
    public record MapSection(boolean participation, String svgTitle, String viewBox, List<MapLink> measures,
            List<Shape> shapes, List<LegendItem> legend, List<MapRow> rows, List<MapRow> offMap, String attribution,
            List<Download> downloads) {
    }

    public record MapLink(String href, String label, boolean current) {
    }

    /**
     * A département on the map.
     *
     * @param css    its colour class
     * @param title  its name and value, for its {@code <title>}
     * @param value  what is written on it (the value, or a dash)
     * @param onDark whether its fill is dark (the text is then white)
     */
    public record Shape(String code, String path, String css, String title, String labelX, String labelY, String value,
            boolean onDark) {
    }

    public record LegendItem(String css, String label) {
    }

    /**
     * A row of the table.
     *
     * @param hidden whether the anonymity rule hides its mean (then {@code mean} says so)
     */
    public record MapRow(String code, String name, String participants, String scored, String mean, boolean hidden,
            String css) {
    }

    /**
     * The départements the map shows: the configured region's, then those of the campaign's organisations, each once.
     */
    static List<String> codes(Collection<String> region, Collection<String> organisations) {
        List<String> codes = new ArrayList<>();
        for (String code : region) {
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        organisations.stream().filter(c -> c != null && !codes.contains(c)).sorted().distinct().forEach(codes::add);
        return codes;
    }

    static MapSection build(Results results, List<String> codes, Measure measure, List<MapLink> measures,
            List<Download> downloads, ResultsMsg m, Locale locale) {
        Map<String, DepartementFigure> figures = new LinkedHashMap<>();
        for (DepartementFigure f : results.departements()) {
            figures.put(f.code(), f);
        }
        int minimum = results.anonymity().minimumGroupSize();
        int step = step(figures.values().stream().mapToInt(DepartementFigure::participants).max().orElse(0));
        Drawing drawing = DepartementMap.get().draw(codes, WIDTH, MARGIN);
        List<Shape> shapes = new ArrayList<>();
        for (Outline o : drawing.outlines()) {
            DepartementFigure f = figures.get(o.code());
            String css = css(f, measure, step);
            shapes.add(new Shape(o.code(), o.path(), css, title(o.name(), o.code(), f, measure, m, minimum, locale),
                    coordinate(o.labelX()), coordinate(o.labelY()),
                    written(f, measure, locale), css.equals("band-3") || css.equals("band-4")));
        }
        List<MapRow> rows = new ArrayList<>();
        List<MapRow> offMap = new ArrayList<>();
        for (String code : codes.stream().sorted().toList()) {
            DepartementFigure f = figures.get(code);
            MapRow row = row(code, f, measure, step, m, minimum, locale);
            rows.add(row);
            if (drawing.missing().contains(code)) {
                offMap.add(row);
            }
        }
        String title = measure == Measure.SCORE ? m.map_svg_title_score() : m.map_svg_title_participation();
        return new MapSection(measure == Measure.PARTICIPATION, title, drawing.viewBox(), measures, shapes,
                legend(measure, step, figures, m, minimum, locale), rows, offMap,
                m.map_attribution(DepartementMap.ATTRIBUTION), downloads);
    }

    /** The links choosing the measure: {@code href(measure)} is the overview with {@code carte} set. */
    static List<MapLink> measures(Measure current, java.util.function.Function<Measure, String> href,
            ResultsMsg m) {
        List<MapLink> links = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            links.add(new MapLink(href.apply(measure), measure.label(m), measure == current));
        }
        return links;
    }

    /** The choices of the filter form's "map" select (so that applying filters keeps the measure). */
    static List<Choice> choices(Measure current, ResultsMsg m) {
        return List.of(new Choice(Measure.SCORE.key(), Measure.SCORE.label(m), current == Measure.SCORE),
                new Choice(Measure.PARTICIPATION.key(), Measure.PARTICIPATION.label(m),
                        current == Measure.PARTICIPATION));
    }

    /** Whether the anonymity rule hides a département's mean while it has scored diagnostics. */
    static boolean hidden(DepartementFigure f) {
        return f != null && !f.shown() && f.scored() > 0;
    }

    /** The colour class of a département for a measure. */
    static String css(DepartementFigure f, Measure measure, int step) {
        if (measure == Measure.PARTICIPATION) {
            int n = f == null ? 0 : f.participants();
            return n == 0 ? "none" : "band-" + Math.min(CLASSES - 1, (n - 1) / step);
        }
        if (hidden(f)) {
            return "hidden";
        }
        if (f == null || !f.shown() || f.meanScore() == null) {
            return "none";
        }
        return "band-" + scoreClass(f.meanScore());
    }

    /** 0 for [0, 20), 1 for [20, 40)… 4 for [80, 100]. */
    static int scoreClass(double score) {
        return Math.max(0, Math.min(CLASSES - 1, (int) Math.floor(score / 20)));
    }

    /**
     * The width of the participation classes: the smallest of 1, 2, 5, 10, 20, 50… such that five classes reach the
     * largest count.
     */
    static int step(int max) {
        int target = (int) Math.ceil(max / (double) CLASSES);
        for (int power = 1; ; power *= 10) {
            for (int m : new int[] { 1, 2, 5 }) {
                if (m * power >= target) {
                    return m * power;
                }
            }
        }
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String written(DepartementFigure f, Measure measure, Locale locale) {
        if (measure == Measure.PARTICIPATION) {
            return OverviewView.integer(locale, f == null ? 0 : f.participants());
        }
        return f != null && f.shown() ? OverviewView.score(locale, f.meanScore()) : "–";
    }

    private static String title(String name, String code, DepartementFigure f, Measure measure, ResultsMsg m,
            int minimum, Locale locale) {
        if (measure == Measure.PARTICIPATION) {
            return m.map_dep_participation(name, code, f == null ? 0 : f.participants());
        }
        if (hidden(f)) {
            return m.map_dep_hidden(name, code, minimum);
        }
        if (f == null || !f.shown()) {
            return m.map_dep_none(name, code);
        }
        return m.map_dep_score(name, code, OverviewView.score(locale, f.meanScore()));
    }

    private static MapRow row(String code, DepartementFigure f, Measure measure, int step, ResultsMsg m, int minimum,
            Locale locale) {
        String name = DepartementMap.get().name(code).orElse(m.map_overseas());
        String mean = hidden(f) ? m.hidden(minimum) : f != null && f.shown() ? OverviewView.score(locale,
                f.meanScore()) : "–";
        return new MapRow(code, name, OverviewView.integer(locale, f == null ? 0 : f.participants()),
                OverviewView.integer(locale, f == null ? 0 : f.scored()), mean, hidden(f), css(f, measure, step));
    }

    private static List<LegendItem> legend(Measure measure, int step, Map<String, DepartementFigure> figures,
            ResultsMsg m, int minimum, Locale locale) {
        List<LegendItem> legend = new ArrayList<>();
        if (measure == Measure.SCORE) {
            for (int i = 0; i < CLASSES; i++) {
                legend.add(new LegendItem("band-" + i, i == CLASSES - 1 ? m.map_legend_band_last(i * 20, 100)
                        : m.map_legend_band(i * 20, (i + 1) * 20)));
            }
            if (figures.values().stream().anyMatch(DepartementMapView::hidden)) {
                legend.add(new LegendItem("hidden", m.map_legend_hidden(minimum)));
            }
            legend.add(new LegendItem("none", m.map_legend_none_score()));
        } else {
            int max = figures.values().stream().mapToInt(DepartementFigure::participants).max().orElse(0);
            for (int i = 0; i < CLASSES && i * step < max; i++) {
                int from = i * step + 1;
                int to = (i + 1) * step;
                legend.add(new LegendItem("band-" + i, from == to ? m.map_legend_count(from)
                        : m.map_legend_count_range(OverviewView.integer(locale, from),
                                OverviewView.integer(locale, to))));
            }
            legend.add(new LegendItem("none", m.map_legend_none_participation()));
        }
        return legend;
    }

    /** The table as CSV: the same rows, numbers as numbers, a hidden mean as an empty cell with shown false. */
    static void csv(Results results, List<String> codes, Csv csv) {
        Map<String, DepartementFigure> figures = new LinkedHashMap<>();
        for (DepartementFigure f : results.departements()) {
            figures.put(f.code(), f);
        }
        csv.row("code", "name", "participants", "scored", "shown", "mean_score");
        for (String code : codes.stream().sorted().toList()) {
            DepartementFigure f = figures.get(code);
            csv.row(code, DepartementMap.get().name(code).orElse(null), f == null ? 0 : f.participants(),
                    f == null ? 0 : f.scored(), f != null && f.shown(), f == null ? null : f.meanScore());
        }
    }
}
