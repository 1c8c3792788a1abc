package org.odmaturity.questionnaire.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.odmaturity.questionnaire.expr.Expr;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.FacilitatorScoring;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.NumberSpec;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.ResultsIn;
import org.odmaturity.questionnaire.model.ScaleSpec;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.StaircaseRules;
import org.odmaturity.questionnaire.model.Theme;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a questionnaire file (docs/questionnaire-format.md) into a validated {@link Questionnaire}, or reports every
 * error with its file, line, column and path. Pure Java; thread-safe (no state between calls).
 */
public final class QuestionnaireParser {

    static final Pattern QUESTIONNAIRE_ID = Pattern.compile("[a-z][a-z0-9-]*");
    /**
     * Question and option ids (issue 15 §10: one rule for both, the union of the two earlier rules): lowercase
     * letters, digits, '_' and '-', in '.'-separated parts, starting with a letter; a '-' stands between two letters,
     * digits or '_' (no '-' first or last in a part, no "--"), so that a condition reads {@code non-publie} as one id
     * and the pages can write any id in an HTML id one to one ({@code --} separates the n-th recommendation there).
     */
    static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]*(-[a-z0-9_]+)*(\\.[a-z0-9_]+(-[a-z0-9_]+)*)*");
    static final String QUESTION_ID_RULE = "lowercase letters, digits, '_' and '-', optionally in '.'-separated parts,"
            + " starting with a letter; a '-' stands between two letters, digits or '_'";
    static final Pattern OPTION_ID = QUESTION_ID;
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_ID_LENGTH = 100;

    private static final List<String> TOP_KEYS = List.of("id", "version", "languages", "defaultLanguage", "title",
            "description", "scoring", "levels", "axes");
    private static final List<String> SCORING_KEYS = List.of("strategy", "notRelevant", "unsureDeduction",
            "staircase", "resultsIn", "decimals");
    private static final List<String> LEVEL_KEYS = List.of("id", "threshold", "label", "description");
    private static final List<String> AXIS_KEYS = List.of("id", "title", "description", "weight", "themes");
    private static final List<String> THEME_KEYS = List.of("id", "title", "description", "weight", "notRelevant",
            "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "type", "text", "help", "weight", "required",
            "notApplicable", "comment", "evidence", "relevantWhen", "maxScore", "options", "scale", "number", "step",
            "passScore", "recommendation", "recommendations", "notApplicableScore", "rows", "scoredBy", "rubric");
    private static final List<String> ROW_KEYS = List.of("id", "text", "weight");
    private static final List<String> OPTION_KEYS = List.of("id", "label", "score", "exclusive", "recommendation",
            "recommendations", "step");
    private static final List<String> SCALE_KEYS = List.of("min", "max", "labels");
    private static final List<String> NUMBER_KEYS = List.of("min", "max", "unit", "bands");
    private static final List<String> BAND_KEYS = List.of("from", "to", "score");
    private static final List<String> RECOMMENDATION_KEYS = List.of("action", "effort", "horizon");
    private static final List<String> RUBRIC_KEYS = List.of("score", "label");

    private static final Map<String, LocalizedText> YES_NO_LABELS = Map.of(
            "yes", new LocalizedText(Map.of("fr", "Oui", "en", "Yes")),
            "no", new LocalizedText(Map.of("fr", "Non", "en", "No")));

    private final ParserLimits limits;

    public QuestionnaireParser() {
        this(ParserLimits.DEFAULT);
    }

    public QuestionnaireParser(ParserLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a file. Never throws for its content: whatever is wrong with it is an error of the result (the first
     * {@link ParserLimits#MAX_REPORTED_ERRORS} kept, all counted).
     */
    public ParseResult parse(String fileName, byte[] content) {
        ErrorList errors = new ErrorList(ParserLimits.MAX_REPORTED_ERRORS);
        ErrorList warnings = new ErrorList(ParserLimits.MAX_REPORTED_ERRORS);
        try {
            return parse(fileName, content, errors, warnings);
        } catch (StackOverflowError | RuntimeException e) {
            // a file the checks above did not foresee: refused alone, never the caller's failure
            errors.add(new LoadError(fileName, 1, 1, "", "the file could not be read (" + e.getClass().getSimpleName()
                    + "): simplify its structure"));
            return result(null, errors, null, warnings);
        }
    }

    private ParseResult parse(String fileName, byte[] content, ErrorList errors, ErrorList warnings) {
        Optional<YamlDocument> document = YamlDocument.read(fileName, content, limits, errors);
        if (document.isEmpty()) {
            return result(null, errors, null, warnings);
        }
        Questionnaire questionnaire;
        try {
            questionnaire = new Reading(new Nodes(fileName, limits.maxNodes(), errors, warnings))
                    .questionnaire(document.get().root());
        } catch (Nodes.TooLarge e) {
            return result(null, errors, null, warnings);
        }
        return errors.total() == 0
                ? result(questionnaire, errors, document.get().contentHash(), warnings)
                : result(null, errors, document.get().contentHash(), warnings);
    }

    private static ParseResult result(Questionnaire questionnaire, ErrorList errors, String contentHash,
            ErrorList warnings) {
        return new ParseResult(questionnaire, inLineOrder(errors), contentHash, errors.total(), inLineOrder(warnings));
    }

    private static List<LoadError> inLineOrder(List<LoadError> found) {
        List<LoadError> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(LoadError::line).thenComparingInt(LoadError::column));
        return sorted;
    }

    /** The state of reading one file. */
    private static final class Reading {
        private final Nodes nodes;
        private List<String> languages = List.of();
        private ScoringStrategy strategy;
        private final Map<String, Level> levels = new LinkedHashMap<>();
        /** Where each question was read, for the cross-checks done once every question is known. */
        private final Map<String, QuestionSource> questionSources = new LinkedHashMap<>();
        /** Questions whose own id or type is wrong: their conditions are still checked (every error in one pass). */
        private final List<QuestionSource> invalidQuestions = new ArrayList<>();
        /** The valid ids among them: conditions that read one wait until it is fixed. */
        private final Set<String> unusableIds = new HashSet<>();
        private final Set<String> axisIds = new HashSet<>();
        private final Set<String> themeIds = new HashSet<>();
        /** Where {@code scoring.resultsIn} was read, for the errors about reading results in points. */
        private Node scoringNode;

        Reading(Nodes nodes) {
            this.nodes = nodes;
        }

        Questionnaire questionnaire(Node root) {
            Optional<Nodes.Fields> top = nodes.fields(root, "", TOP_KEYS);
            if (top.isEmpty()) {
                return null;
            }
            Nodes.Fields f = top.get();
            String id = f.string("id", true).map(v -> checkId(v, QUESTIONNAIRE_ID, f.node("id"), f.path("id"),
                    "lowercase letters, digits and '-', starting with a letter")).orElse(null);
            Integer version = f.integer("version", true).orElse(null);
            if (version != null && version < 1) {
                nodes.error(f.node("version"), "version", "must be a positive whole number (found " + version + ")");
            }
            languages = readLanguages(f);
            String defaultLanguage = f.string("defaultLanguage", true).orElse(null);
            if (defaultLanguage != null && !languages.isEmpty() && !languages.contains(defaultLanguage)) {
                nodes.error(f.node("defaultLanguage"), "defaultLanguage", "'" + defaultLanguage
                        + "' is not one of the declared languages " + languages);
            }
            LocalizedText title = text(f, "title", true);
            LocalizedText description = text(f, "description", false);
            Nodes.Fields scoring = f.required("scoring").flatMap(n -> nodes.fields(n, "scoring", SCORING_KEYS))
                    .orElse(null);
            if (scoring != null) {
                strategy = scoring.string("strategy", true).map(v -> ScoringStrategy.fromKey(v).orElseGet(() -> {
                    nodes.error(scoring.node("strategy"), scoring.path("strategy"), "unknown strategy '" + v
                            + "' (known: " + keys(ScoringStrategy.values(), ScoringStrategy::key) + ")");
                    return null;
                })).orElse(null);
            }
            CountAs notRelevant = scoring == null ? CountAs.LEFT_OUT : notRelevantRule(scoring).orElse(CountAs.LEFT_OUT);
            double unsureDeduction = scoring == null ? 0 : unsureDeduction(scoring);
            StaircaseRules staircase = scoring == null ? StaircaseRules.NONE
                    : StaircaseCheck.rules(nodes, scoring, strategy);
            ResultsIn resultsIn = scoring == null ? ResultsIn.PERCENT : resultsIn(scoring);
            int decimals = scoring == null ? Questionnaire.DEFAULT_DECIMALS : decimals(scoring);
            List<LevelThreshold> thresholds = readLevels(f, resultsIn, decimals);
            List<Axis> axes = new ArrayList<>();
            List<Node> axisNodes = f.items("axes", true);
            if (f.has("axes") && axisNodes.isEmpty()) {
                nodes.error(f.node("axes"), "axes", "a questionnaire needs at least one axis");
            }
            for (int i = 0; i < axisNodes.size(); i++) {
                axis(axisNodes.get(i), Nodes.index("axes", i)).ifPresent(axes::add);
            }
            unusableIds.removeAll(questionSources.keySet());
            Map<String, Expr> relevance = new RelevanceCheck(nodes, questionSources, invalidQuestions, unusableIds).run();
            List<Axis> resolved = axes.stream().map(a -> new Axis(a.id(), a.title(), a.description(), a.weight(),
                    a.themes().stream().map(t -> new Theme(t.id(), t.title(), t.description(), t.weight(),
                            t.questions().stream().map(q -> q.withRelevance(relevance.get(q.id()))).toList(),
                            t.notRelevant())).toList()))
                    .toList();
            if (strategy == ScoringStrategy.STAIRCASE) {
                new StaircaseCheck(nodes, questionSources, List.copyOf(levels.keySet()), staircase).run(resolved);
            }
            Questionnaire questionnaire = new Questionnaire(id, version == null ? 0 : version, languages,
                    defaultLanguage, title, description, strategy, List.copyOf(levels.values()), resolved, notRelevant,
                    unsureDeduction, staircase, resultsIn, decimals);
            if (resultsIn == ResultsIn.POINTS) {
                checkPointThresholds(questionnaire, thresholds);
            }
            return questionnaire;
        }

        /** A threshold read, kept for the checks that need the whole questionnaire (results read in points). */
        private record LevelThreshold(String id, Node node, String path, double threshold) {
        }

        /** Results read in points: thresholds are points of the questionnaire's total, of a sum of points. */
        private void checkPointThresholds(Questionnaire questionnaire, List<LevelThreshold> thresholds) {
            if (strategy != null && strategy != ScoringStrategy.WEIGHTED_POINTS) {
                nodes.error(scoringNode, "scoring.resultsIn", "results read in points need the strategy "
                        + ScoringStrategy.WEIGHTED_POINTS.key() + " (levels by points read a sum of points; found "
                        + strategy.key() + ")");
            }
            double total = questionnaire.totalPoints();
            for (LevelThreshold t : thresholds) {
                if (t.threshold() > total + 1e-9) {
                    nodes.error(t.node(), t.path(), "level '" + t.id() + "': results read in points, so a threshold"
                            + " is at most the questionnaire's total of " + fmt(total) + " points (found "
                            + fmt(t.threshold()) + ")");
                }
            }
        }

        /** {@code resultsIn} of the scoring: percent (default) or points. */
        private ResultsIn resultsIn(Nodes.Fields scoring) {
            scoringNode = scoring.node("resultsIn");
            return scoring.string("resultsIn", false).map(v -> ResultsIn.fromKey(v).orElseGet(() -> {
                nodes.error(scoring.node("resultsIn"), scoring.path("resultsIn"), "unknown reading '" + v
                        + "' (known: " + keys(ResultsIn.values(), ResultsIn::key) + ")");
                return ResultsIn.PERCENT;
            })).orElse(ResultsIn.PERCENT);
        }

        /** {@code decimals} of the scoring: 1 (default) or 2. */
        private int decimals(Nodes.Fields scoring) {
            return scoring.integer("decimals", false).map(d -> {
                if (d < 1 || d > 2) {
                    nodes.error(scoring.node("decimals"), scoring.path("decimals"),
                            "scores have 1 or 2 decimals (found " + d + ")");
                    return Questionnaire.DEFAULT_DECIMALS;
                }
                return d;
            }).orElse(Questionnaire.DEFAULT_DECIMALS);
        }

        private List<String> readLanguages(Nodes.Fields f) {
            List<String> result = new ArrayList<>();
            List<Node> items = f.items("languages", true);
            if (f.has("languages") && items.isEmpty()) {
                nodes.error(f.node("languages"), "languages", "declare at least one language");
            }
            for (int i = 0; i < items.size(); i++) {
                String path = Nodes.index("languages", i);
                Node item = items.get(i);
                nodes.string(item, path).ifPresent(language -> {
                    if (!LANGUAGE.matcher(language).matches()) {
                        nodes.error(item, path, "'" + language + "' is not a language code such as fr or en");
                    } else if (result.contains(language)) {
                        nodes.error(item, path, "language '" + language + "' is declared twice");
                    } else {
                        result.add(language);
                    }
                });
            }
            return result;
        }

        private List<LevelThreshold> readLevels(Nodes.Fields f, ResultsIn resultsIn, int decimals) {
            List<LevelThreshold> thresholds = new ArrayList<>();
            List<Node> items = f.items("levels", true);
            if (f.has("levels") && items.size() < 2) {
                nodes.error(f.node("levels"), "levels", "declare at least two maturity levels");
            }
            Double previous = null;
            for (int i = 0; i < items.size(); i++) {
                String path = Nodes.index("levels", i);
                Optional<Nodes.Fields> level = nodes.fields(items.get(i), path, LEVEL_KEYS);
                if (level.isEmpty()) {
                    continue;
                }
                Nodes.Fields l = level.get();
                String id = l.string("id", true).map(v -> checkId(v, ID, l.node("id"), l.path("id"), null)).orElse(null);
                Optional<BigDecimal> exact = l.number("threshold", true);
                Double threshold = exact.map(BigDecimal::doubleValue).orElse(null);
                if (threshold != null) {
                    if (exact.get().stripTrailingZeros().scale() > decimals) {
                        // scores are shown with the questionnaire's decimals and levels read from the shown score
                        nodes.error(l.node("threshold"), l.path("threshold"), (id == null ? "" : "level '" + id + "': ")
                                + "a threshold has at most " + (decimals == 1 ? "one decimal" : decimals + " decimals")
                                + ", the scores' precision (scoring.decimals: " + decimals + ") (found "
                                + exact.get().toPlainString() + ")");
                    } else if (threshold < 0 || (resultsIn == ResultsIn.PERCENT && threshold > 100)) {
                        nodes.error(l.node("threshold"), l.path("threshold"), (resultsIn == ResultsIn.POINTS
                                ? "must be 0 or more points (found " : "must be between 0 and 100 (found ")
                                + fmt(threshold) + ")");
                    } else if (i == 0 && threshold != 0) {
                        nodes.error(l.node("threshold"), l.path("threshold"),
                                "the first level's threshold must be 0 (found " + fmt(threshold) + ")");
                    } else if (previous != null && threshold <= previous) {
                        nodes.error(l.node("threshold"), l.path("threshold"), "thresholds must ascend: "
                                + fmt(threshold) + " is not above the previous level's " + fmt(previous));
                    }
                    previous = threshold;
                    thresholds.add(new LevelThreshold(id, l.node("threshold"), l.path("threshold"), threshold));
                }
                LocalizedText label = text(l, "label", true);
                LocalizedText description = text(l, "description", false);
                if (id != null) {
                    if (levels.containsKey(id)) {
                        nodes.error(l.node("id"), l.path("id"), "level id '" + id + "' is used twice");
                    } else {
                        levels.put(id, new Level(id, threshold == null ? 0 : threshold, label, description));
                    }
                }
            }
            return thresholds;
        }

        private Optional<Axis> axis(Node node, String path) {
            Optional<Nodes.Fields> fields = nodes.fields(node, path, AXIS_KEYS);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Nodes.Fields f = fields.get();
            String id = uniqueId(f, axisIds, "axis");
            LocalizedText title = text(f, "title", true);
            LocalizedText description = text(f, "description", false);
            double weight = weight(f);
            List<Theme> themes = new ArrayList<>();
            List<Node> items = f.items("themes", true);
            if (f.has("themes") && items.isEmpty()) {
                nodes.error(f.node("themes"), f.path("themes"), "an axis needs at least one theme");
            }
            for (int i = 0; i < items.size(); i++) {
                theme(items.get(i), Nodes.index(f.path("themes"), i)).ifPresent(themes::add);
            }
            return Optional.of(new Axis(id, title, description, weight, themes));
        }

        private Optional<Theme> theme(Node node, String path) {
            Optional<Nodes.Fields> fields = nodes.fields(node, path, THEME_KEYS);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Nodes.Fields f = fields.get();
            String id = uniqueId(f, themeIds, "theme");
            LocalizedText title = text(f, "title", true);
            LocalizedText description = text(f, "description", false);
            double weight = weight(f);
            CountAs notRelevant = notRelevantRule(f).orElse(null);
            List<Question> questions = new ArrayList<>();
            List<Node> items = f.items("questions", true);
            if (f.has("questions") && items.isEmpty()) {
                nodes.error(f.node("questions"), f.path("questions"), "a theme needs at least one question");
            }
            for (int i = 0; i < items.size(); i++) {
                question(items.get(i), Nodes.index(f.path("questions"), i)).ifPresent(questions::add);
            }
            return Optional.of(new Theme(id, title, description, weight, questions, notRelevant));
        }

        private Optional<Question> question(Node node, String path) {
            Optional<Nodes.Fields> fields = nodes.fields(node, path, QUESTION_KEYS);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Nodes.Fields f = fields.get();
            String id = f.string("id", true).map(v -> checkId(v, QUESTION_ID, f.node("id"), f.path("id"),
                    QUESTION_ID_RULE)).orElse(null);
            if (id != null && questionSources.containsKey(id)) {
                nodes.error(f.node("id"), f.path("id"), "question id '" + id + "' is already used at "
                        + questionSources.get(id).path());
                id = null;
            }
            QuestionType type = f.string("type", true).map(v -> QuestionType.fromKey(v).orElseGet(() -> {
                nodes.error(f.node("type"), f.path("type"), "unknown question type '" + v + "' (known: "
                        + keys(QuestionType.values(), QuestionType::key) + ")");
                return null;
            })).orElse(null);
            LocalizedText text = text(f, "text", true);
            LocalizedText help = text(f, "help", false);
            double weight = weight(f, true);
            boolean required = f.bool("required", false);
            boolean notApplicable = f.bool("notApplicable", false);
            boolean comment = f.bool("comment", false);
            boolean evidence = f.bool("evidence", false);
            String relevantWhen = f.string("relevantWhen", false).orElse(null);

            Double maxScore = f.number("maxScore", false).map(BigDecimal::doubleValue).orElse(null);
            if (maxScore != null && maxScore <= 0) {
                nodes.error(f.node("maxScore"), f.path("maxScore"), "must be greater than 0 (found " + fmt(maxScore) + ")");
                maxScore = null;
            }
            boolean byFacilitator = scoredByFacilitator(f, type);
            if (maxScore != null && type == QuestionType.TEXT && !f.has("scoredBy")) {
                nodes.error(f.keyNode("maxScore"), f.path("maxScore"), "a text question is never scored: remove maxScore"
                        + " (or add scoredBy: facilitator)");
                maxScore = null;
            }
            if (byFacilitator && !f.has("maxScore")) {
                nodes.error(f.node(), f.path(), "a question scored by the facilitator needs a maxScore");
            }
            FacilitatorScoring facilitatorScoring = byFacilitator ? new FacilitatorScoring(rubric(f, maxScore)) : null;
            if (!byFacilitator && f.has("rubric")) {
                nodes.error(f.keyNode("rubric"), f.path("rubric"), "a rubric is only for a question with scoredBy: "
                        + "facilitator");
            }
            List<Option> options = options(f, type, maxScore, weight == 0);
            List<MatrixRow> rows = rows(f, type);
            ScaleSpec scale = scale(f, type);
            NumberSpec number = number(f, type, maxScore);
            boolean optionSteps = options.stream().anyMatch(o -> o.step() != null);
            String step = optionSteps ? StaircaseCheck.ladder(nodes, f, maxScore, weight == 0)
                    : step(f, weight == 0 ? null : maxScore, weight == 0);
            Double passScore = passScore(f, maxScore);
            List<Given> recommendations = recommendations(f);
            for (Given r : recommendations) {
                if (weight == 0 && maxScore != null) {
                    nodes.warning(r.node(), r.path(), "the question has weight 0 (shown, not scored), so no "
                            + "improvement plan will ever show this recommendation");
                } else if (maxScore == null && type != null && !byFacilitator) {
                    nodes.warning(r.node(), r.path(), "the question is not scored"
                            + (type == QuestionType.TEXT ? " (a text question never is)" : " (no maxScore)")
                            + ", so no improvement plan will ever show this recommendation");
                }
            }

            CountAs notApplicableScore = notApplicableScore(f, notApplicable, maxScore, weight);
            Question question = new Question(id, type, text, help, weight, required, notApplicable, comment, evidence,
                    relevantWhen, null, maxScore, options, scale, number, step, passScore,
                    Given.values(recommendations), notApplicableScore, rows, facilitatorScoring);
            QuestionSource source = new QuestionSource(question, f.path(), f.node("id"),
                    f.has("relevantWhen") ? f.node("relevantWhen") : null, f.path("relevantWhen"));
            if (id != null && type != null) {
                questionSources.put(id, source);
            } else {
                invalidQuestions.add(source);
                if (id != null) {
                    unusableIds.add(id);
                }
            }
            return Optional.of(question);
        }

        private List<Option> options(Nodes.Fields f, QuestionType type, Double maxScore, boolean weightless) {
            if (type == null) {
                return List.of();
            }
            if (!type.hasOptions()) {
                if (f.has("options")) {
                    nodes.error(f.keyNode("options"), f.path("options"), "options are only for choice and yes-no "
                            + "questions, not for " + type.key());
                }
                return List.of();
            }
            if (type == QuestionType.YES_NO && !f.has("options")) {
                return defaultYesNo(f, maxScore);
            }
            List<Node> items = f.items("options", true);
            List<Option> options = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = Nodes.index(f.path("options"), i);
                Optional<Nodes.Fields> fields = nodes.fields(items.get(i), path, OPTION_KEYS);
                if (fields.isEmpty()) {
                    continue;
                }
                Nodes.Fields o = fields.get();
                String id = o.string("id", true).map(v -> checkId(v, OPTION_ID, o.node("id"), o.path("id"),
                        QUESTION_ID_RULE)).orElse(null);
                if (id != null && !ids.add(id)) {
                    nodes.error(o.node("id"), o.path("id"), "option id '" + id + "' is used twice in this question");
                }
                LocalizedText label = text(o, "label", true);
                Double score = o.number("score", maxScore != null).map(BigDecimal::doubleValue).orElse(null);
                if (score != null) {
                    if (maxScore == null) {
                        nodes.error(o.keyNode("score"), o.path("score"),
                                "the question has no maxScore, so its options cannot have a score");
                    } else if (score < 0) {
                        nodes.error(o.node("score"), o.path("score"), "score must not be negative (found " + fmt(score) + ")");
                    } else if (score > maxScore) {
                        nodes.error(o.node("score"), o.path("score"), "score " + fmt(score) + " is above maxScore "
                                + fmt(maxScore));
                    }
                }
                boolean exclusive = o.bool("exclusive", false);
                if (o.has("exclusive") && type != QuestionType.MULTIPLE_CHOICE) {
                    nodes.error(o.keyNode("exclusive"), o.path("exclusive"), "exclusive is only for multiple-choice options");
                }
                List<Given> recommendations = recommendations(o);
                for (Given r : recommendations) {
                    if (maxScore == null) {
                        nodes.warning(r.node(), r.path(), "the question is not scored (no maxScore), so no improvement "
                                + "plan will ever show this recommendation");
                    } else if (weightless) {
                        nodes.warning(r.node(), r.path(), "the question has weight 0 (shown, not scored), so no "
                                + "improvement plan will ever show this recommendation");
                    } else if (score != null && score >= maxScore) {
                        nodes.warning(r.node(), r.path(), "this option gives full marks (" + fmt(score) + " of "
                                + fmt(maxScore) + "), so no improvement plan will ever show this recommendation");
                    }
                }
                String optionStep = StaircaseCheck.optionStep(nodes, o, strategy, type, levels.keySet());
                options.add(new Option(id, label, score == null ? 0 : score, exclusive, Given.values(recommendations),
                        optionStep));
            }
            if (f.has("options")) {
                checkOptionSet(f, type, maxScore, options, items.size());
            }
            return options;
        }

        /** The rows of a matrix question (ids unique, texts in every language, weights &gt; 0); none for other types. */
        private List<MatrixRow> rows(Nodes.Fields f, QuestionType type) {
            if (type != QuestionType.MATRIX) {
                if (f.has("rows") && type != null) {
                    nodes.error(f.keyNode("rows"), f.path("rows"), "rows are only for matrix questions, not for "
                            + type.key());
                }
                return List.of();
            }
            List<Node> items = f.items("rows", true);
            if (f.has("rows") && items.isEmpty()) {
                nodes.error(f.node("rows"), f.path("rows"), "a matrix question needs at least one row");
            }
            List<MatrixRow> rows = new ArrayList<>();
            Map<String, String> seen = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = Nodes.index(f.path("rows"), i);
                Optional<Nodes.Fields> fields = nodes.fields(items.get(i), path, ROW_KEYS);
                if (fields.isEmpty()) {
                    continue;
                }
                Nodes.Fields r = fields.get();
                String id = r.string("id", true).map(v -> checkId(v, OPTION_ID, r.node("id"), r.path("id"),
                        QUESTION_ID_RULE)).orElse(null);
                if (id != null && seen.putIfAbsent(id, path) != null) {
                    nodes.error(r.node("id"), r.path("id"), "row id '" + id + "' is already used at "
                            + seen.get(id) + " in this question");
                    id = null;
                }
                LocalizedText text = text(r, "text", true);
                double weight = weight(r, false);
                if (id != null) {
                    rows.add(new MatrixRow(id, text, weight));
                }
            }
            return rows;
        }

        private void checkOptionSet(Nodes.Fields f, QuestionType type, Double maxScore, List<Option> options, int count) {
            Node node = f.node("options");
            String path = f.path("options");
            if (type == QuestionType.YES_NO) {
                Set<String> ids = options.stream().map(Option::id).collect(Collectors.toSet());
                if (count != 2 || !ids.equals(Set.of("yes", "no"))) {
                    nodes.error(node, path, "the options of a yes-no question are exactly 'yes' and 'no'");
                }
            } else if (count < 2) {
                nodes.error(node, path, type == QuestionType.MATRIX ? "a matrix question needs at least two options"
                        : "a choice question needs at least two options");
            }
            if (maxScore == null || options.isEmpty()) {
                return;
            }
            double reachable = type == QuestionType.MULTIPLE_CHOICE
                    ? Math.max(options.stream().filter(o -> !o.exclusive()).mapToDouble(Option::score).sum(),
                            options.stream().mapToDouble(Option::score).max().orElse(0))
                    : options.stream().mapToDouble(Option::score).max().orElse(0);
            if (reachable < maxScore) {
                nodes.error(f.node("maxScore"), f.path("maxScore"), "no answer reaches maxScore " + fmt(maxScore)
                        + " (the best possible is " + fmt(reachable) + ")");
            }
        }

        private List<Option> defaultYesNo(Nodes.Fields f, Double maxScore) {
            List<String> missing = languages.stream().filter(l -> !l.equals("fr") && !l.equals("en")).toList();
            if (!missing.isEmpty()) {
                nodes.error(f.node(), f.path(), "yes-no options have default labels only in fr and en: give options 'yes'"
                        + " and 'no' with labels in " + missing);
            }
            return List.of(
                    new Option("yes", labelsFor("yes"), maxScore == null ? 0 : maxScore, false, null),
                    new Option("no", labelsFor("no"), 0, false, null));
        }

        private LocalizedText labelsFor(String option) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : languages) {
                String label = YES_NO_LABELS.get(option).values().get(language);
                if (label != null) {
                    texts.put(language, label);
                }
            }
            return new LocalizedText(texts);
        }

        private ScaleSpec scale(Nodes.Fields f, QuestionType type) {
            if (type != QuestionType.SCALE) {
                if (f.has("scale") && type != null) {
                    nodes.error(f.keyNode("scale"), f.path("scale"), "scale is only for scale questions");
                }
                return null;
            }
            Optional<Nodes.Fields> fields = f.required("scale").flatMap(n -> nodes.fields(n, f.path("scale"), SCALE_KEYS));
            if (fields.isEmpty()) {
                return null;
            }
            Nodes.Fields s = fields.get();
            Integer min = s.integer("min", true).orElse(null);
            Integer max = s.integer("max", true).orElse(null);
            if (min == null || max == null) {
                return null;
            }
            if (min >= max) {
                nodes.error(s.node("max"), s.path("max"), "max (" + max + ") must be greater than min (" + min + ")");
                return null;
            }
            if ((long) max - min > 1000) {
                nodes.error(s.node("max"), s.path("max"), "a scale has at most 1000 steps");
                return null;
            }
            Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
            s.value("labels").ifPresent(labelsNode -> nodes.entries(labelsNode, s.path("labels")).forEach((key, value) -> {
                String path = s.path("labels") + "." + key;
                Integer point = null;
                try {
                    point = Integer.parseInt(key);
                } catch (NumberFormatException e) {
                    nodes.error(value, path, "label keys are points of the scale (whole numbers), found '" + key + "'");
                }
                if (point != null && (point < min || point > max)) {
                    nodes.error(value, path, "point " + point + " is outside the scale " + min + ".." + max);
                } else if (point != null) {
                    labels.put(point, localized(value, path));
                }
            }));
            return new ScaleSpec(min, max, labels);
        }

        private NumberSpec number(Nodes.Fields f, QuestionType type, Double maxScore) {
            if (type != QuestionType.NUMBER) {
                if (f.has("number") && type != null) {
                    nodes.error(f.keyNode("number"), f.path("number"), "number is only for number questions");
                }
                return null;
            }
            Nodes.Fields n = f.value("number").flatMap(v -> nodes.fields(v, f.path("number"), NUMBER_KEYS)).orElse(null);
            Double min = n == null ? null : n.number("min", false).map(BigDecimal::doubleValue).orElse(null);
            Double max = n == null ? null : n.number("max", false).map(BigDecimal::doubleValue).orElse(null);
            if (min != null && max != null && min > max) {
                nodes.error(n.node("max"), n.path("max"), "max (" + fmt(max) + ") is below min (" + fmt(min) + ")");
            }
            LocalizedText unit = n == null ? LocalizedText.EMPTY : text(n, "unit", false);
            List<NumberSpec.Band> bands = new ArrayList<>();
            if (n != null && n.has("bands")) {
                if (maxScore == null) {
                    nodes.error(n.keyNode("bands"), n.path("bands"), "bands score the answer: give the question a maxScore");
                }
                List<Node> items = n.items("bands", true);
                Double previous = null;
                Double previousTo = null;
                for (int i = 0; i < items.size(); i++) {
                    String path = Nodes.index(n.path("bands"), i);
                    Optional<Nodes.Fields> band = nodes.fields(items.get(i), path, BAND_KEYS);
                    if (band.isEmpty()) {
                        continue;
                    }
                    Nodes.Fields b = band.get();
                    Double from = b.number("from", true).map(BigDecimal::doubleValue).orElse(null);
                    Double to = b.number("to", false).map(BigDecimal::doubleValue).orElse(null);
                    Double score = b.number("score", true).map(BigDecimal::doubleValue).orElse(null);
                    if (from != null && previous != null && from <= previous) {
                        nodes.error(b.node("from"), b.path("from"), "bands must ascend: " + fmt(from)
                                + " is not above the previous band's " + fmt(previous));
                    } else if (from != null && previousTo != null && from <= previousTo) {
                        nodes.error(b.node("from"), b.path("from"), "bands must not overlap: " + fmt(from)
                                + " is within the previous band, which goes up to " + fmt(previousTo));
                    }
                    if (from != null && to != null && to < from) {
                        nodes.error(b.node("to"), b.path("to"), "to (" + fmt(to) + ") is below from (" + fmt(from) + ")");
                        to = null;
                    }
                    previousTo = to;
                    if (score != null && (score < 0 || (maxScore != null && score > maxScore))) {
                        nodes.error(b.node("score"), b.path("score"), score < 0 ? "score must not be negative"
                                : "score " + fmt(score) + " is above maxScore " + fmt(maxScore));
                    }
                    if (from != null) {
                        previous = from;
                    }
                    if (from != null && score != null) {
                        bands.add(new NumberSpec.Band(from, to, score));
                    }
                }
                if (maxScore != null && !bands.isEmpty()
                        && bands.stream().mapToDouble(NumberSpec.Band::score).max().orElse(0) < maxScore) {
                    nodes.error(f.node("maxScore"), f.path("maxScore"), "no band reaches maxScore " + fmt(maxScore));
                }
            } else if (maxScore != null) {
                nodes.error(f.node(), f.path(), "a scored number question needs number.bands to turn the answer into points");
            }
            return new NumberSpec(min, max, unit, bands);
        }

        private String step(Nodes.Fields f, Double maxScore, boolean weightless) {
            Optional<String> step = f.string("step", false);
            if (strategy != ScoringStrategy.STAIRCASE) {
                if (f.has("step") && strategy != null) {
                    nodes.error(f.keyNode("step"), f.path("step"), "step is only used by the staircase strategy");
                }
                return null;
            }
            if (step.isEmpty() && maxScore != null && !f.has("step")) {
                nodes.error(f.node(), f.path(), "with the staircase strategy every scored question needs a step "
                        + "(the id of the level it belongs to)");
            }
            step.filter(s -> !levels.containsKey(s)).ifPresent(s -> nodes.error(f.node("step"), f.path("step"),
                    "unknown level '" + s + "' (levels: " + String.join(", ", levels.keySet()) + ")"));
            if (step.isPresent() && weightless) {
                nodes.error(f.keyNode("step"), f.path("step"), "a question of weight 0 is not scored, so it cannot be a "
                        + "step");
            } else if (step.isPresent() && maxScore == null) {
                nodes.error(f.keyNode("step"), f.path("step"), "an unscored question cannot be a step: give it a maxScore");
            }
            return step.orElse(null);
        }

        private Double passScore(Nodes.Fields f, Double maxScore) {
            Optional<BigDecimal> pass = f.number("passScore", false);
            if (pass.isEmpty()) {
                return null;
            }
            if (strategy != ScoringStrategy.STAIRCASE) {
                nodes.error(f.keyNode("passScore"), f.path("passScore"), "passScore is only used by the staircase strategy");
                return null;
            }
            double value = pass.get().doubleValue();
            if (maxScore == null || value <= 0 || value > maxScore) {
                nodes.error(f.node("passScore"), f.path("passScore"), "passScore must be above 0 and at most maxScore"
                        + (maxScore == null ? " (the question has no maxScore)" : " " + fmt(maxScore)));
                return null;
            }
            return value;
        }

        /** {@code scoredBy}: only {@code facilitator}, and only on a text question (issue 15 §6). */
        private boolean scoredByFacilitator(Nodes.Fields f, QuestionType type) {
            Optional<String> by = f.string("scoredBy", false);
            if (by.isEmpty()) {
                return false;
            }
            if (!by.get().equals("facilitator")) {
                nodes.error(f.node("scoredBy"), f.path("scoredBy"), "unknown scoredBy '" + by.get()
                        + "' (known: facilitator)");
                return false;
            }
            if (type != null && type != QuestionType.TEXT) {
                nodes.error(f.keyNode("scoredBy"), f.path("scoredBy"), "only a text question is scored by the "
                        + "facilitator (this one is " + type.key() + ": its answers score themselves)");
                return false;
            }
            return type == QuestionType.TEXT;
        }

        /**
         * The rubric of a question scored by the facilitator: levels with a score from 0 to maxScore, each score once,
         * one of them reaching maxScore; empty when the key is absent.
         */
        private List<FacilitatorScoring.RubricLevel> rubric(Nodes.Fields f, Double maxScore) {
            List<FacilitatorScoring.RubricLevel> levels = new ArrayList<>();
            if (!f.has("rubric")) {
                return levels;
            }
            List<Node> items = f.items("rubric", false);
            if (items.isEmpty() && f.node("rubric") instanceof org.snakeyaml.engine.v2.nodes.SequenceNode) {
                nodes.error(f.node("rubric"), f.path("rubric"), "a rubric needs at least one level (or leave the key "
                        + "out: any points from 0 to maxScore)");
            }
            Set<Double> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = Nodes.index(f.path("rubric"), i);
                nodes.fields(items.get(i), path, RUBRIC_KEYS).ifPresent(r -> {
                    Double score = r.number("score", true).map(BigDecimal::doubleValue).orElse(null);
                    LocalizedText label = text(r, "label", true);
                    if (score == null) {
                        return;
                    }
                    if (score < 0 || (maxScore != null && score > maxScore)) {
                        nodes.error(r.node("score"), r.path("score"), "score " + fmt(score) + " is outside 0.."
                                + (maxScore == null ? "maxScore" : fmt(maxScore)));
                    } else if (BigDecimal.valueOf(score).stripTrailingZeros().scale() > 2) {
                        nodes.error(r.node("score"), r.path("score"), "score " + fmt(score) + " has more than two "
                                + "decimals");
                    } else if (!seen.add(score)) {
                        nodes.error(r.node("score"), r.path("score"), "score " + fmt(score) + " is already a level of "
                                + "this rubric");
                    } else {
                        levels.add(new FacilitatorScoring.RubricLevel(score, label));
                    }
                });
            }
            if (maxScore != null && !levels.isEmpty() && !seen.contains(maxScore)) {
                nodes.error(f.node("maxScore"), f.path("maxScore"), "no rubric level reaches maxScore " + fmt(maxScore));
            }
            return levels;
        }

        /** A recommendation as read, with where a warning about it points. */
        private record Given(Recommendation value, Node node, String path) {
            static List<Recommendation> values(List<Given> given) {
                return given.stream().map(Given::value).toList();
            }
        }

        /**
         * The recommendations of a question or an option, in file order: its single {@code recommendation} or its
         * {@code recommendations} list (1..n); giving both is an error.
         */
        private List<Given> recommendations(Nodes.Fields f) {
            List<Given> given = new ArrayList<>();
            if (f.has("recommendation") && f.has("recommendations")) {
                nodes.error(f.keyNode("recommendations"), f.path("recommendations"), "give either recommendation (one) "
                        + "or recommendations (a list), not both");
                return given;
            }
            if (f.has("recommendation")) {
                f.value("recommendation").flatMap(n -> recommendation(n, f.path("recommendation")))
                        .ifPresent(r -> given.add(new Given(r, f.keyNode("recommendation"), f.path("recommendation"))));
            } else if (f.has("recommendations")) {
                List<Node> items = f.items("recommendations", false);
                if (items.isEmpty() && f.node("recommendations") instanceof org.snakeyaml.engine.v2.nodes.SequenceNode) {
                    nodes.error(f.node("recommendations"), f.path("recommendations"), "recommendations must hold at "
                            + "least one recommendation (or leave the key out)");
                }
                for (int i = 0; i < items.size(); i++) {
                    String path = Nodes.index(f.path("recommendations"), i);
                    Node item = items.get(i);
                    recommendation(item, path).ifPresent(r -> given.add(new Given(r, item, path)));
                }
            }
            return given;
        }

        private Optional<Recommendation> recommendation(Node node, String path) {
            return nodes.fields(node, path, RECOMMENDATION_KEYS).map(r -> {
                LocalizedText action = text(r, "action", true);
                Effort effort = r.string("effort", false).map(v -> Effort.fromKey(v).orElseGet(() -> {
                    nodes.error(r.node("effort"), r.path("effort"), "unknown effort '" + v + "' (known: "
                            + keys(Effort.values(), Effort::key) + ")");
                    return null;
                })).orElse(null);
                Horizon horizon = r.string("horizon", false).map(v -> Horizon.fromKey(v).orElseGet(() -> {
                    nodes.error(r.node("horizon"), r.path("horizon"), "unknown horizon '" + v + "' (known: "
                            + keys(Horizon.values(), Horizon::key) + ")");
                    return null;
                })).orElse(null);
                return new Recommendation(action, effort, horizon);
            });
        }

        /** {@code notRelevant} of the scoring or of a theme: how questions that are not relevant count. */
        private Optional<CountAs> notRelevantRule(Nodes.Fields f) {
            return f.string("notRelevant", false).flatMap(v -> {
                Optional<CountAs> rule = CountAs.fromKey(v).filter(c -> c != CountAs.FULL);
                if (rule.isEmpty()) {
                    nodes.error(f.node("notRelevant"), f.path("notRelevant"), "unknown rule '" + v + "' (known: "
                            + CountAs.LEFT_OUT.key() + ", " + CountAs.ZERO.key() + ")");
                }
                return rule;
            });
        }

        /** {@code unsureDeduction} of the scoring: points taken from each answer flagged unsure, 0 or more. */
        private double unsureDeduction(Nodes.Fields scoring) {
            return scoring.number("unsureDeduction", false).map(d -> {
                if (d.signum() < 0) {
                    nodes.error(scoring.node("unsureDeduction"), scoring.path("unsureDeduction"),
                            "must be 0 or more points (found " + d.toPlainString() + ")");
                    return 0.0;
                }
                return d.doubleValue();
            }).orElse(0.0);
        }

        /** {@code notApplicableScore} of a question: how a "not applicable" answer counts. */
        private CountAs notApplicableScore(Nodes.Fields f, boolean notApplicable, Double maxScore, double weight) {
            Optional<String> value = f.string("notApplicableScore", false);
            if (value.isEmpty()) {
                return CountAs.LEFT_OUT;
            }
            Optional<CountAs> rule = CountAs.fromKey(value.get());
            if (rule.isEmpty()) {
                nodes.error(f.node("notApplicableScore"), f.path("notApplicableScore"), "unknown rule '" + value.get()
                        + "' (known: " + keys(CountAs.values(), CountAs::key) + ")");
            } else if (!notApplicable) {
                nodes.error(f.keyNode("notApplicableScore"), f.path("notApplicableScore"), "the question does not "
                        + "accept 'not applicable': add notApplicable: true");
            } else if (maxScore == null && rule.get() != CountAs.LEFT_OUT) {
                nodes.error(f.keyNode("notApplicableScore"), f.path("notApplicableScore"), "the question is not scored "
                        + "(no maxScore), so 'not applicable' has no points to give");
            } else if (weight == 0 && rule.get() != CountAs.LEFT_OUT) {
                nodes.warning(f.keyNode("notApplicableScore"), f.path("notApplicableScore"), "the question has weight 0 "
                        + "(shown, not scored), so a 'not applicable' answer counts for nothing whatever this says");
            }
            return rule.orElse(CountAs.LEFT_OUT);
        }

        /** An axis's or theme's weight: above 0, 1 by default. */
        private double weight(Nodes.Fields f) {
            return weight(f, false);
        }

        /** A weight, 1 by default; a question's may be 0: shown and answered, never scored. */
        private double weight(Nodes.Fields f, boolean zeroAllowed) {
            Optional<BigDecimal> weight = f.number("weight", false);
            if (weight.isPresent() && (weight.get().signum() < 0 || (!zeroAllowed && weight.get().signum() == 0))) {
                nodes.error(f.node("weight"), f.path("weight"), (zeroAllowed ? "must be 0 or more (found "
                        : "must be greater than 0 (found ") + weight.get().toPlainString() + ")");
                return 1;
            }
            return weight.map(BigDecimal::doubleValue).orElse(1.0);
        }

        private String uniqueId(Nodes.Fields f, Set<String> seen, String what) {
            String id = f.string("id", true).map(v -> checkId(v, ID, f.node("id"), f.path("id"), null)).orElse(null);
            if (id != null && !seen.add(id)) {
                nodes.error(f.node("id"), f.path("id"), what + " id '" + id + "' is used twice");
            }
            return id;
        }

        private String checkId(String value, Pattern pattern, Node node, String path, String rule) {
            if (value.length() > MAX_ID_LENGTH || !pattern.matcher(value).matches()) {
                nodes.error(node, path, "'" + value + "' is not a valid id (" + (rule == null
                        ? "lowercase letters, digits, '_' and '-', starting with a letter" : rule)
                        + (value.length() > MAX_ID_LENGTH ? ", at most " + MAX_ID_LENGTH + " characters" : "") + ")");
                return null;
            }
            return value;
        }

        private LocalizedText text(Nodes.Fields f, String key, boolean required) {
            return (required ? f.required(key) : f.value(key)).map(n -> localized(n, f.path(key)))
                    .orElse(LocalizedText.EMPTY);
        }

        /** A map language → text holding exactly the declared languages, none empty. */
        private LocalizedText localized(Node node, String path) {
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, Node> entries = nodes.entries(node, path);
            if (entries.isEmpty() && !(Nodes.kind(node).equals("a mapping"))) {
                return LocalizedText.EMPTY;
            }
            entries.forEach((language, value) -> {
                String valuePath = path + "." + language;
                if (!languages.isEmpty() && !languages.contains(language)) {
                    nodes.error(value, valuePath, "language '" + language + "' is not declared in languages " + languages);
                    return;
                }
                nodes.string(value, valuePath).ifPresent(text -> {
                    if (text.isBlank()) {
                        nodes.error(value, valuePath, "empty text");
                    } else {
                        texts.put(language, text);
                    }
                });
            });
            List<String> missing = languages.stream().filter(l -> !entries.containsKey(l)).toList();
            if (!missing.isEmpty()) {
                nodes.error(node, path, "missing translation: " + String.join(", ", missing));
            }
            return new LocalizedText(texts);
        }
    }

    /** Where a question was read: used to place relevance errors. */
    record QuestionSource(Question question, String path, Node idNode, Node relevanceNode, String relevancePath) {
    }

    static String fmt(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static <E> String keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).collect(Collectors.joining(", "));
    }
}
