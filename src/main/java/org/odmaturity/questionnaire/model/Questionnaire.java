package org.odmaturity.questionnaire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated questionnaire definition (one version of one questionnaire). Immutable; built by the loader only after
 * every check passed, so its references, weights and expressions can be trusted.
 */
public record Questionnaire(
        String id,
        int version,
        List<String> languages,
        String defaultLanguage,
        LocalizedText title,
        LocalizedText description,
        ScoringStrategy strategy,
        List<Level> levels,
        List<Axis> axes,
        CountAs notRelevant,
        double unsureDeduction,
        StaircaseRules staircase,
        ResultsIn resultsIn,
        int decimals) {

    /** Decimals of a score when the questionnaire does not say ({@code scoring.decimals}). */
    public static final int DEFAULT_DECIMALS = 1;

    /**
     * @param notRelevant     how questions that are not relevant count, unless their theme says otherwise
     * @param unsureDeduction points taken from each scored answer flagged unsure (never below 0); 0: none
     * @param staircase       the opt-in staircase rules ({@code scoring.staircase}); null is read as none
     * @param resultsIn       how results read: percentages (default) or points, levels then reached by points
     * @param decimals        the decimals of a score at output (1 or 2), levels read from the score so rounded
     */
    public Questionnaire {
        languages = List.copyOf(languages);
        levels = List.copyOf(levels);
        axes = List.copyOf(axes);
        notRelevant = notRelevant == null ? CountAs.LEFT_OUT : notRelevant;
        staircase = staircase == null ? StaircaseRules.NONE : staircase;
        resultsIn = resultsIn == null ? ResultsIn.PERCENT : resultsIn;
    }

    public Questionnaire(String id, int version, List<String> languages, String defaultLanguage, LocalizedText title,
            LocalizedText description, ScoringStrategy strategy, List<Level> levels, List<Axis> axes,
            CountAs notRelevant, double unsureDeduction) {
        this(id, version, languages, defaultLanguage, title, description, strategy, levels, axes, notRelevant,
                unsureDeduction, StaircaseRules.NONE, ResultsIn.PERCENT, DEFAULT_DECIMALS);
    }

    public Questionnaire(String id, int version, List<String> languages, String defaultLanguage, LocalizedText title,
            LocalizedText description, ScoringStrategy strategy, List<Level> levels, List<Axis> axes,
            CountAs notRelevant, double unsureDeduction, StaircaseRules staircase) {
        this(id, version, languages, defaultLanguage, title, description, strategy, levels, axes, notRelevant,
                unsureDeduction, staircase, ResultsIn.PERCENT, DEFAULT_DECIMALS);
    }

    public Questionnaire(String id, int version, List<String> languages, String defaultLanguage, LocalizedText title,
            LocalizedText description, ScoringStrategy strategy, List<Level> levels, List<Axis> axes) {
        this(id, version, languages, defaultLanguage, title, description, strategy, levels, axes, CountAs.LEFT_OUT, 0,
                StaircaseRules.NONE);
    }

    /** Whether results read in points ({@code scoring.resultsIn: points}). */
    public boolean inPoints() {
        return resultsIn == ResultsIn.POINTS;
    }

    /**
     * The questionnaire's total: the sum of the maximum points of its scored questions (not text unless scored by the
     * facilitator, a positive maxScore and a positive weight; a matrix: its rows' maxima), every one counted whatever
     * the answers. Levels' thresholds are points of it when results
     * read in points.
     */
    public double totalPoints() {
        return TOTAL_POINTS.get(this);
    }

    private static final DerivedCache<Questionnaire, Double> TOTAL_POINTS = new DerivedCache<>(q -> q.questions()
            .filter(Question::countsInScore).mapToDouble(Question::maxPoints).sum());


    /** How the questions of {@code theme} that are not relevant count: the theme's rule, else the questionnaire's. */
    public CountAs notRelevantIn(Theme theme) {
        return theme.notRelevant() != null ? theme.notRelevant() : notRelevant;
    }

    /** Every question, in document order. */
    public Stream<Question> questions() {
        return axes.stream().flatMap(a -> a.themes().stream()).flatMap(t -> t.questions().stream());
    }

    /** Questions by id, in document order; built once per questionnaire (an immutable map). */
    public Map<String, Question> questionsById() {
        return QUESTIONS_BY_ID.get(this);
    }

    private static final DerivedCache<Questionnaire, Map<String, Question>> QUESTIONS_BY_ID = new DerivedCache<>(q -> {
        Map<String, Question> byId = new LinkedHashMap<>();
        q.questions().forEach(question -> byId.put(question.id(), question));
        return Collections.unmodifiableMap(byId);
    });

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById().get(questionId));
    }

    /** The level reached by a score (0–100): the last level whose threshold is at most the score. */
    public Level levelFor(double score) {
        Level reached = levels.get(0);
        for (Level level : levels) {
            if (level.threshold() <= score) {
                reached = level;
            }
        }
        return reached;
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}
